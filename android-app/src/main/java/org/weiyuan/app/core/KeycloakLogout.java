package org.weiyuan.app.core;

import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;

/**
 * Ends the user's Keycloak session from the phone (退出登录). Keycloak's logout endpoint takes the
 * refresh token of a public client, so no browser is needed; afterwards the refresh token is dead
 * and the next sign-in asks for the password again, even in the browser that kept a cookie.
 */
public final class KeycloakLogout {

    private final OkHttpClient http;

    public KeycloakLogout(OkHttpClient http) {
        this.http = http;
    }

    /** POST {issuer}/protocol/openid-connect/logout; an error answer becomes an {@link ApiException}. */
    public void endSession(String issuer, String clientId, String refreshToken) throws IOException, ApiException {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        Request request = new Request.Builder().url(base + "/protocol/openid-connect/logout")
                .post(new FormBody.Builder().add("client_id", clientId).add("refresh_token", refreshToken).build()).build();
        try (Response r = http.newCall(request).execute()) {
            if (!r.isSuccessful()) {
                ResponseBody body = r.body();
                throw ApiClient.oauthProblem(r.code(), body == null ? "" : body.string());
            }
        }
    }
}
