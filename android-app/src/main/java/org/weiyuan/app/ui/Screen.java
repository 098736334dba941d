package org.weiyuan.app.ui;

import android.os.Bundle;
import android.view.View;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Action;
import org.weiyuan.app.core.ActionQueue;
import org.weiyuan.app.core.ApiClient;

import java.io.IOException;

/**
 * What every signed-in screen has: the API as the current user, calls off the main thread, a
 * status line, and actions that wait for the network when the phone is offline (sent when it
 * returns, from whichever screen is open then).
 */
abstract class Screen extends AppCompatActivity {

    protected SessionStore store;
    protected ApiClient api;
    protected Background background;
    private ActionQueue pending;
    private WhenOnline whenOnline;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        store = new SessionStore(this);
        api = store.api(this);
        background = new Background(getString(R.string.error_network));
        pending = store.pendingActions();
        whenOnline = new WhenOnline(this, () -> {
            if (!isFinishing() && pending.size() > 0) {
                sendPending();
            }
        });
        if (pending.size() > 0) {
            sendPending();
        }
    }

    /** The screen's status line: a live region, so TalkBack reads out what is shown there. */
    protected abstract int statusViewId();

    /** Shows a message in the screen's status line. */
    protected void status(String text) {
        TextView status = findViewById(statusViewId());
        status.setText(text);
        status.setVisibility(View.VISIBLE);
    }

    /** The label for a code from the server (e.g. "wish_status_" + FUNDED), or the code itself when the app has none. */
    protected String label(String prefix, String code) {
        int id = getResources().getIdentifier(prefix + code, "string", getPackageName());
        return id == 0 ? code : getString(id);
    }

    /**
     * Sends an action; when the phone is offline it is kept and sent when the network returns, and
     * the user is told so. {@code done} (if any) is shown and {@code then} (if any) runs once the
     * server has taken it.
     */
    protected void act(Action action, String done, Runnable then) {
        background.run(() -> {
            try {
                api.send(action);
                return true;
            } catch (IOException offline) {
                pending.add(action);
                return false;
            }
        }, sent -> {
            if (!sent) {
                status(getString(R.string.action_queued));
                return;
            }
            if (done != null) {
                status(done);
            }
            if (then != null) {
                then.run();
            }
        }, this::status);
    }

    /** Called after actions kept offline were sent: the screen shows the data again. */
    protected void afterPendingSent() {
    }

    private void sendPending() {
        background.run(() -> pending.flush(api), outcome -> {
            if (outcome.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            if (!outcome.sent.isEmpty()) {
                text.append(getString(R.string.action_sent, outcome.sent.size()));
            }
            for (ActionQueue.Refusal refused : outcome.refused) {
                text.append(text.length() == 0 ? "" : "\n").append(getString(R.string.action_refused, refused.label, refused.detail));
            }
            // a toast, not the status line: the screen reloads next and its own messages take that line
            android.widget.Toast.makeText(this, text.toString(), android.widget.Toast.LENGTH_LONG).show();
            afterPendingSent();
        }, ignored -> { });
    }

    @Override
    protected void onDestroy() {
        whenOnline.stop();
        background.stop();
        super.onDestroy();
    }
}
