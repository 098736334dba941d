package org.weiyuan.app.ui;

import android.os.Bundle;
import android.widget.EditText;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;

import org.weiyuan.app.R;

/** Where the app finds the backend and Keycloak (for the demo: a laptop running ./weiyuan run). */
public class SettingsActivity extends AppCompatActivity {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_settings);
        SessionStore store = new SessionStore(this);
        EditText server = findViewById(R.id.settings_server);
        EditText issuer = findViewById(R.id.settings_issuer);
        server.setText(store.server());
        issuer.setText(store.issuer());
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
}
