package org.weiyuan.app.ui;

import android.content.Context;
import android.content.SharedPreferences;

import org.weiyuan.app.core.ActionQueue;
import org.weiyuan.app.core.ApiClient;
import org.weiyuan.app.core.Session;

import java.io.IOException;
import java.util.Locale;

/** Where the app keeps the server address and the signed-in user's tokens (app-private preferences). */
final class SessionStore {

    /** The demo backend and Keycloak as seen from the Android emulator (the host is 10.0.2.2). */
    static final String DEFAULT_SERVER = "http://10.0.2.2:8080";
    static final String DEFAULT_ISSUER = "http://10.0.2.2:8180/realms/weiyuan";

    private final SharedPreferences prefs;

    SessionStore(Context context) {
        prefs = context.getApplicationContext().getSharedPreferences("weiyuan", Context.MODE_PRIVATE);
    }

    String server() {
        return prefs.getString("server", DEFAULT_SERVER);
    }

    String issuer() {
        return prefs.getString("issuer", DEFAULT_ISSUER);
    }

    /** Changing the server signs the user out: their tokens belong to the old one. */
    void saveAddresses(String server, String issuer) {
        SharedPreferences.Editor e = prefs.edit().putString("server", server).putString("issuer", issuer);
        if (!server.equals(server()) || !issuer.equals(issuer())) {
            e.remove("access_token").remove("refresh_token").remove("pending_actions");
        }
        e.apply();
    }

    static boolean isHttpUrl(String url) {
        return url.matches("https?://[^\\s/]+(:\\d+)?(/\\S*)?");
    }

    Session session() {
        String access = prefs.getString("access_token", null);
        return access == null ? Session.signedOut() : Session.of(access, prefs.getString("refresh_token", null));
    }

    void save(String accessToken, String refreshToken) {
        prefs.edit().putString("access_token", accessToken).putString("refresh_token", refreshToken).apply();
    }

    /** Also drops actions kept offline: they were the signed-out user's, and must not go out as the next one's. */
    void signOut() {
        prefs.edit().remove("access_token").remove("refresh_token").remove("pending_actions").apply();
    }

    /** Actions taken offline, kept in the app's private preferences until the network returns. */
    ActionQueue pendingActions() {
        return new ActionQueue(new ActionQueue.Storage() {
            @Override
            public String read() {
                return prefs.getString("pending_actions", null);
            }

            @Override
            public void write(String json) {
                prefs.edit().putString("pending_actions", json).commit(); // on a background thread; kept before the next is sent
            }
        });
    }

    /** The push token this phone registered with the backend (fcm flavour), or null. */
    String pushToken() {
        return prefs.getString("push_token", null);
    }

    void savePushToken(String token) {
        prefs.edit().putString("push_token", token).apply();
    }

    /** Whether the user was already asked to allow notifications (asked once; Android remembers the answer). */
    boolean askedToNotify() {
        return prefs.getBoolean("asked_to_notify", false);
    }

    void markAskedToNotify() {
        prefs.edit().putBoolean("asked_to_notify", true).apply();
    }

    /** An API client that signs requests as the current user and refreshes through Keycloak when needed. */
    ApiClient api(Context context) {
        return new ApiClient(server(), new ApiClient.Tokens() {
            @Override
            public String accessToken() {
                return session().accessToken;
            }

            @Override
            public String refresh() throws IOException {
                String fresh = LoginActivity.refreshBlocking(context, SessionStore.this);
                if (fresh == null) {
                    signOut();
                }
                return fresh;
            }
        }, Locale.getDefault().toLanguageTag());
    }
}
