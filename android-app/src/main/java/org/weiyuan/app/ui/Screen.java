package org.weiyuan.app.ui;

import android.os.Bundle;
import android.view.View;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;

import org.weiyuan.app.R;
import org.weiyuan.app.core.ApiClient;

/** What every signed-in screen has: the API as the current user, calls off the main thread, a status line. */
abstract class Screen extends AppCompatActivity {

    protected SessionStore store;
    protected ApiClient api;
    protected Background background;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        store = new SessionStore(this);
        api = store.api(this);
        background = new Background(getString(R.string.error_network));
    }

    /** Shows a message in the screen's status line (a live region: TalkBack reads it out). */
    protected void status(int statusViewId, String text) {
        TextView status = findViewById(statusViewId);
        status.setText(text);
        status.setVisibility(View.VISIBLE);
    }

    /** The label for a code from the server (e.g. "wish_status_" + FUNDED), or the code itself when the app has none. */
    protected String label(String prefix, String code) {
        int id = getResources().getIdentifier(prefix + code, "string", getPackageName());
        return id == 0 ? code : getString(id);
    }

    @Override
    protected void onDestroy() {
        background.stop();
        super.onDestroy();
    }
}
