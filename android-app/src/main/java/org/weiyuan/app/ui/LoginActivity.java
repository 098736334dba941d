package org.weiyuan.app.ui;

import android.content.ActivityNotFoundException;
import android.content.Context;
import android.content.Intent;
import android.net.Uri;
import android.os.Bundle;
import android.view.View;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;

import net.openid.appauth.AppAuthConfiguration;
import net.openid.appauth.AuthorizationException;
import net.openid.appauth.AuthorizationRequest;
import net.openid.appauth.AuthorizationResponse;
import net.openid.appauth.AuthorizationService;
import net.openid.appauth.AuthorizationServiceConfiguration;
import net.openid.appauth.GrantTypeValues;
import net.openid.appauth.ResponseTypeValues;
import net.openid.appauth.TokenRequest;
import net.openid.appauth.connectivity.ConnectionBuilder;

import org.weiyuan.app.R;

import java.net.HttpURLConnection;
import java.net.URL;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Signs in with Keycloak through AppAuth: the system browser (a custom tab) shows Keycloak's own
 * login page, the authorization code comes back with PKCE, and the tokens are kept in
 * {@link SessionStore}. The role in the token then decides the home screen.
 */
public class LoginActivity extends AppCompatActivity {

    static final String CLIENT_ID = "weiyuan-app";
    /** Opened from a home screen's toolbar: after signing in, go to the home screen of the user's role. */
    static final String EXTRA_THEN_HOME = "thenHome";
    static final Uri REDIRECT = Uri.parse("org.weiyuan.app:/oauth2redirect");
    private static final int SIGN_IN = 1;

    private AuthorizationService auth;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        ElderMode.applyTheme(this);
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_login);
        ElderMode.enlarge(this); // 长辈版 here too: the sign-in page had kept the normal sizes
        UpButton.attach(this, false);
        SessionStore store = new SessionStore(this);
        auth = service(this, store);
        View settings = findViewById(R.id.open_settings);
        // a release talks to the union's server only: no server setting to open (and nobody is signed in here)
        settings.setVisibility(Release.isRelease(this) ? View.GONE : View.VISIBLE);
        settings.setOnClickListener(v -> startActivity(new Intent(this, SettingsActivity.class)));
        findViewById(R.id.sign_in).setOnClickListener(v -> {
            AuthorizationRequest request = new AuthorizationRequest.Builder(configuration(store), CLIENT_ID,
                    ResponseTypeValues.CODE, REDIRECT).setScope("openid profile").build(); // PKCE is AppAuth's default
            try {
                startActivityForResult(auth.getAuthorizationRequestIntent(request), SIGN_IN);
            } catch (ActivityNotFoundException e) {
                // AppAuth needs a browser for Keycloak's page; some stripped-down phones have none enabled
                ((TextView) findViewById(R.id.login_status)).setText(R.string.login_no_browser);
            }
        });
    }

    @Override
    protected void onActivityResult(int requestCode, int resultCode, Intent data) {
        super.onActivityResult(requestCode, resultCode, data);
        if (requestCode != SIGN_IN || data == null) {
            return;
        }
        AuthorizationResponse response = AuthorizationResponse.fromIntent(data);
        AuthorizationException error = AuthorizationException.fromIntent(data);
        TextView status = findViewById(R.id.login_status);
        if (response == null) {
            status.setText(error == null ? getString(R.string.login_failed) : error.errorDescription);
            return;
        }
        auth.performTokenRequest(response.createTokenExchangeRequest(), (tokens, failure) -> {
            if (tokens == null) {
                status.setText(getString(R.string.login_failed));
                return;
            }
            SessionStore store = new SessionStore(this);
            store.save(tokens.accessToken, tokens.refreshToken);
            registerPushToken(store);
            if (getIntent().getBooleanExtra(EXTRA_THEN_HOME, false)) {
                AccountMenu.restartAtHome(this);
                return;
            }
            setResult(RESULT_OK);
            finish();
        });
    }

    /** A push token kept from before signing in now goes to the backend for this user (fcm flavour only). */
    private void registerPushToken(SessionStore store) {
        if (store.pushToken() == null) {
            return;
        }
        Context app = getApplicationContext();
        new Thread(() -> {
            try {
                PushNotices.register(app, store);
            } catch (java.io.IOException | org.weiyuan.app.core.ApiException e) {
                // tried again with the next token or the next sign-in; the inbox still has every message
            }
        }, "push-registration").start();
    }

    @Override
    protected void onDestroy() {
        auth.dispose();
        super.onDestroy();
    }

    static AuthorizationServiceConfiguration configuration(SessionStore store) {
        Uri issuer = Uri.parse(store.issuer());
        return new AuthorizationServiceConfiguration(issuer.buildUpon().appendEncodedPath("protocol/openid-connect/auth").build(),
                issuer.buildUpon().appendEncodedPath("protocol/openid-connect/token").build());
    }

    /** AppAuth insists on HTTPS; the demo Keycloak on a laptop speaks HTTP, so HTTP is allowed for it only. */
    static AuthorizationService service(Context context, SessionStore store) {
        ConnectionBuilder plain = uri -> (HttpURLConnection) new URL(uri.toString()).openConnection();
        AppAuthConfiguration.Builder config = new AppAuthConfiguration.Builder();
        if (store.issuer().startsWith("http:")) {
            config.setConnectionBuilder(plain);
        }
        return new AuthorizationService(context, config.build());
    }

    /**
     * Gets a fresh access token with the refresh token; called off the main thread. Null when
     * Keycloak refused it (the session ended: the user must sign in again); an IOException when
     * Keycloak could not be reached or answered in time — a bad network must not sign anyone out.
     */
    static String refreshBlocking(Context context, SessionStore store) throws java.io.IOException {
        String refresh = store.session().refreshToken;
        if (refresh == null) {
            return null;
        }
        AuthorizationService auth = service(context, store);
        AtomicReference<String> fresh = new AtomicReference<>();
        AtomicReference<AuthorizationException> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        auth.performTokenRequest(new TokenRequest.Builder(configuration(store), CLIENT_ID)
                .setGrantType(GrantTypeValues.REFRESH_TOKEN).setRefreshToken(refresh).build(), (tokens, error) -> {
                    if (tokens != null) {
                        store.save(tokens.accessToken, tokens.refreshToken == null ? refresh : tokens.refreshToken);
                        fresh.set(tokens.accessToken);
                    }
                    failure.set(error);
                    done.countDown();
                });
        boolean answered;
        try {
            answered = done.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while refreshing the token");
        } finally {
            auth.dispose();
        }
        if (!answered) {
            throw new java.io.IOException("Keycloak did not answer the token refresh in time");
        }
        AuthorizationException error = failure.get();
        if (fresh.get() == null && error != null && error.type != AuthorizationException.TYPE_OAUTH_TOKEN_ERROR) {
            // no network, a broken connection or Keycloak's own trouble: not an answer about the session
            throw new java.io.IOException("the token refresh did not reach Keycloak: " + error.getMessage());
        }
        return fresh.get();
    }
}
