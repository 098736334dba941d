package org.weiyuan.app.ui;

import android.content.Context;
import android.content.SharedPreferences;

import org.weiyuan.app.R;
import org.weiyuan.app.core.ActionQueue;
import org.weiyuan.app.core.ApiClient;
import org.weiyuan.app.core.Session;

import java.io.IOException;
import java.util.Locale;

/** Where the app keeps the server address and the signed-in user's tokens (app-private preferences). */
final class SessionStore {

    private final SharedPreferences prefs;
    /** The addresses built in (res/values/config.xml; the release build's are https). */
    private final String defaultServer;
    private final String defaultIssuer;
    /** A release uses only the addresses built in, whatever the preferences say. */
    private final boolean release;

    SessionStore(Context context) {
        Context app = context.getApplicationContext();
        prefs = app.getSharedPreferences("weiyuan", Context.MODE_PRIVATE);
        defaultServer = app.getString(R.string.default_server);
        defaultIssuer = app.getString(R.string.default_issuer);
        release = Release.isRelease(app);
    }

    String server() {
        return release ? defaultServer : prefs.getString("server", defaultServer);
    }

    String issuer() {
        return release ? defaultIssuer : prefs.getString("issuer", defaultIssuer);
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
