package org.weiyuan.app.core;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Who is signed in: the tokens from Keycloak and the roles in the access token, which decide the
 * home screen. The token's signature is the server's business; the app only reads its claims.
 * (android.util.Base64: java.util.Base64 arrives only in API 26.)
 */
public final class Session {

    public enum Home { WORKER, DONOR, STAFF, SIGNED_OUT }

    public final String accessToken;
    public final String refreshToken;
    public final Set<String> roles;
    public final String name;

    private Session(String accessToken, String refreshToken, Set<String> roles, String name) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.roles = roles;
        this.name = name;
    }

    public static Session signedOut() {
        return new Session(null, null, new HashSet<>(), null);
    }

    /** Reads the roles and the display name from a Keycloak access token. */
    public static Session of(String accessToken, String refreshToken) {
        Set<String> roles = new HashSet<>();
        String name = null;
        try {
            String[] parts = accessToken.split("\\.");
            JSONObject claims = new JSONObject(new String(android.util.Base64.decode(parts[1],
                    android.util.Base64.URL_SAFE | android.util.Base64.NO_PADDING | android.util.Base64.NO_WRAP), StandardCharsets.UTF_8));
            JSONObject realm = claims.optJSONObject("realm_access");
            JSONArray list = realm == null ? null : realm.optJSONArray("roles");
            for (int i = 0; list != null && i < list.length(); i++) {
                roles.add(list.getString(i));
            }
            name = claims.optString("name", claims.optString("preferred_username", null));
        } catch (JSONException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return signedOut();
        }
        return new Session(accessToken, refreshToken, roles, name);
    }

    public boolean signedIn() {
        return accessToken != null;
    }

    /** Staff first (a staff member who also gives still works from the queues), then donor, then worker. */
    public Home home() {
        if (!signedIn()) {
            return Home.SIGNED_OUT;
        }
        if (roles.contains("staff") || roles.contains("admin")) {
            return Home.STAFF;
        }
        if (roles.contains("donor")) {
            return Home.DONOR;
        }
        return roles.contains("worker") ? Home.WORKER : Home.SIGNED_OUT;
    }
}
