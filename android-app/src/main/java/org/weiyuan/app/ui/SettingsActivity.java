package org.weiyuan.app.ui;

import android.os.Bundle;
import android.view.View;
import android.widget.EditText;
import android.widget.TextView;
import android.widget.Toast;

import androidx.appcompat.app.AppCompatActivity;

import okhttp3.OkHttpClient;

import org.weiyuan.app.R;
import org.weiyuan.app.core.ApiClient;
import org.weiyuan.app.core.ApiException;
import org.weiyuan.app.core.KeycloakLogout;
import org.weiyuan.app.core.Session;

import java.io.IOException;

/**
 * The account and the servers: who is signed in and signing out, and where the app finds the
 * backend and Keycloak (for the demo: a laptop running ./weiyuan run).
 */
public class SettingsActivity extends AppCompatActivity {

    private Background background;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        ElderMode.applyTheme(this);
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_settings);
        ElderMode.enlarge(this);
        UpButton.attach(this, false);
        background = new Background(getString(R.string.error_network));
        SessionStore store = new SessionStore(this);
        android.widget.CompoundButton elder = findViewById(R.id.settings_elder_mode);
        elder.setChecked(ElderMode.on(this));
        elder.setOnCheckedChangeListener((button, on) -> {
            ElderMode.set(this, on);
            recreate(); // at once here; the screens behind are made again when they come back
        });
        EditText server = findViewById(R.id.settings_server);
        EditText issuer = findViewById(R.id.settings_issuer);
        server.setText(store.server());
        issuer.setText(store.issuer());
        Session session = store.session();
        if (session.signedIn()) {
            findViewById(R.id.settings_account).setVisibility(View.VISIBLE);
            ((TextView) findViewById(R.id.settings_user)).setText(getString(R.string.signed_in_as, session.name));
            findViewById(R.id.sign_out).setOnClickListener(v -> signOut(store, session));
        }
        if (Release.isRelease(this) || ElderMode.on(this)) {
            // the release's servers are built in (https): the account stays, the addresses go; in 长辈版 too,
            // where two web addresses are only a way to break the app (they come back with 长辈版 off)
            findViewById(R.id.settings_servers).setVisibility(View.GONE);
            return;
        }
        findViewById(R.id.settings_save).setOnClickListener(v -> {
            String s = server.getText().toString().trim();
            String i = issuer.getText().toString().trim();
            TextView status = findViewById(R.id.settings_status);
            if (!SessionStore.isHttpUrl(s) || !SessionStore.isHttpUrl(i)) {
                status.setText(R.string.settings_invalid);
                return;
            }
            store.saveAddresses(s, i);
            status.setText(R.string.settings_saved);
        });
    }

    /**
     * 退出登录: the phone stops getting this user's pushes, Keycloak ends the session, and the
     * tokens leave the phone. Offline, the tokens still leave; the server's session then just expires.
     */
    private void signOut(SessionStore store, Session session) {
        findViewById(R.id.sign_out).setEnabled(false);
        ApiClient api = store.api(this);
        String pushToken = store.pushToken();
        background.run(() -> {
            if (pushToken != null) {
                try {
                    api.unregisterDevice(pushToken);
                } catch (IOException | ApiException e) {
                    // offline: the server keeps the token until the next sign-in on this phone takes it
                    // over; meanwhile PushNotices shows nothing while nobody is signed in
                }
            }
            if (session.refreshToken == null) {
                return true; // nothing to end on the server
            }
            try {
                new KeycloakLogout(new OkHttpClient()).endSession(store.issuer(), LoginActivity.CLIENT_ID, session.refreshToken);
                return true;
            } catch (IOException | ApiException e) {
                return false;
            }
        }, ended -> {
            store.signOut();
            Toast.makeText(this, ended ? R.string.signed_out : R.string.signed_out_offline, Toast.LENGTH_LONG).show();
            AccountMenu.restartAtHome(this);
        }, message -> { });
    }

    @Override
    protected void onDestroy() {
        background.stop();
        super.onDestroy();
    }
}
