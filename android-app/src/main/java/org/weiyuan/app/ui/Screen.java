package org.weiyuan.app.ui;

import android.os.Bundle;
import android.view.View;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Action;
import org.weiyuan.app.core.ActionQueue;
import org.weiyuan.app.core.ApiClient;
import org.weiyuan.app.core.ApiException;

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

    /** Whether 长辈版 was on when this screen was made (it is made again when that changed). */
    protected boolean elder;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        elder = ElderMode.on(this);
        ElderMode.applyTheme(this);
        super.onCreate(savedInstanceState);
        store = new SessionStore(this);
        api = store.api(this);
        background = new Background(getString(R.string.error_network));
        pending = store.pendingActions();
        whenOnline = new WhenOnline(this, () -> {
            if (!isFinishing()) {
                sendPending();
            }
        });
        sendPending(); // on the background thread: the main thread never waits for the queue
    }

    @Override
    public void setContentView(int layout) {
        super.setContentView(layout);
        ElderMode.enlarge(this);
        UpButton.attach(this, isHome());
    }

    /** Whether this is a role's home screen (the up arrow shows there only when it was opened over another screen). */
    protected boolean isHome() {
        return false;
    }

    @Override
    protected void onResume() {
        super.onResume();
        if (elder != ElderMode.on(this)) {
            recreate(); // 长辈版 was switched in the settings meanwhile
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

    /**
     * Loads what a list screen shows: "正在加载…" in the status line until it comes, then the list; on a
     * failure the server's detail (or the network message) with a 重试 (retry) button under that line.
     */
    protected <T> void loadList(Background.Call<T> call, Background.Done<T> show) {
        View retry = retryButton();
        retry.setVisibility(View.GONE);
        status(getString(R.string.feed_loading));
        background.run(call, result -> {
            findViewById(statusViewId()).setVisibility(View.GONE);
            show.with(result);
        }, message -> {
            status(message);
            retry.setOnClickListener(v -> loadList(call, show));
            retry.setVisibility(View.VISIBLE);
        });
    }

    /** The retry button under the status line, made the first time a list needs it. */
    private View retryButton() {
        View made = findViewById(R.id.list_retry);
        if (made != null) {
            return made;
        }
        View status = findViewById(statusViewId());
        android.view.ViewGroup parent = (android.view.ViewGroup) status.getParent();
        com.google.android.material.button.MaterialButton retry = new com.google.android.material.button.MaterialButton(
                this, null, com.google.android.material.R.attr.materialButtonOutlinedStyle);
        retry.setId(R.id.list_retry);
        retry.setText(R.string.feed_retry);
        retry.setTextSize(android.util.TypedValue.COMPLEX_UNIT_SP, 18);
        retry.setMinHeight(Math.round(48 * getResources().getDisplayMetrics().density));
        parent.addView(retry, parent.indexOfChild(status) + 1, new android.view.ViewGroup.MarginLayoutParams(
                android.view.ViewGroup.LayoutParams.WRAP_CONTENT, android.view.ViewGroup.LayoutParams.WRAP_CONTENT));
        return retry;
    }

    /**
     * What an action (and its confirmation) is called: what it does and what about, e.g. "批准：王*" (the full-width
     * colon beside Chinese; "Approve: …" in English); the queue names it so if it is refused later.
     */
    protected String actionLabel(int what, String about) {
        return getString(R.string.action_label, getString(what), about);
    }

    /** The label for a code from the server (e.g. "wish_status_" + FUNDED), or the code itself when the app has none. */
    protected String label(String prefix, String code) {
        int id = getResources().getIdentifier(prefix + code, "string", getPackageName());
        return id == 0 ? code : getString(id);
    }

    /**
     * Sends an action with its id as the Idempotency-Key; when the phone is offline, the request
     * times out or the server cannot take it just now (5xx, 401 after a refresh, 408, 429), it is
     * kept and sent later, and the user is told how many wait. {@code done} (if any) is shown and
     * {@code then} (if any) runs once the server has taken it.
     */
    protected void act(Action action, String done, Runnable then) {
        act(action, done, then, this::status);
    }

    /** {@link #act(Action, String, Runnable)}, with what the server's refusal (or a failure) is told to. */
    protected void act(Action action, String done, Runnable then, Background.Done<String> refused) {
        background.run(() -> {
            try {
                api.send(action);
                return -1;
            } catch (IOException offline) {
                pending.add(action);
                return pending.size();
            } catch (ApiException e) {
                if (!ActionQueue.transientFailure(e)) {
                    throw e;
                }
                pending.add(action);
                return pending.size();
            }
        }, waiting -> {
            if (waiting >= 0) {
                queued();
                status(getString(R.string.action_queued) + "\n" + getString(R.string.action_waiting, waiting));
                retryLater();
                return;
            }
            if (done != null) {
                status(done);
            }
            if (then != null) {
                then.run();
            }
        }, refused);
    }

    /** The last action was kept on the phone (offline) rather than sent: a screen that must not repeat it hears so here. */
    protected void queued() {
    }

    /** Approving, publishing, rejecting and second approvals are asked once more: a decision about a family is not a stray tap. */
    protected void confirm(String what, Runnable then) {
        new com.google.android.material.dialog.MaterialAlertDialogBuilder(this).setTitle(what).setMessage(R.string.confirm_decision)
                .setPositiveButton(R.string.confirm_yes, (d, w) -> then.run()).setNegativeButton(R.string.confirm_no, null).show();
    }

    interface Answer {
        void given(String text);
    }

    /** Asks for a text (a question, a reason); an empty one is not sent. */
    protected void prompt(int title, Answer answer) {
        android.widget.EditText input = new android.widget.EditText(this);
        input.setMinLines(2);
        new androidx.appcompat.app.AlertDialog.Builder(this).setTitle(title).setView(input)
                .setPositiveButton(android.R.string.ok, (d, w) -> {
                    String text = input.getText().toString().trim();
                    if (!text.isEmpty()) {
                        answer.given(text);
                    }
                })
                .setNegativeButton(android.R.string.cancel, null).show();
    }

    /** Called after actions kept offline were sent: the screen shows the data again. */
    protected void afterPendingSent() {
    }

    private final android.os.Handler retry = new android.os.Handler(android.os.Looper.getMainLooper());
    private int attempts;

    /** Tries the queue again after a growing pause (the network may be back without the phone saying so). */
    private void retryLater() {
        retry.removeCallbacksAndMessages(null);
        retry.postDelayed(this::sendPending, ActionQueue.backoffMillis(++attempts));
    }

    private void sendPending() {
        background.run(() -> pending.flush(api), outcome -> {
            if (outcome.waiting > 0) {
                retryLater();
            } else {
                attempts = 0;
            }
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
            if (outcome.waiting > 0) {
                text.append("\n").append(getString(R.string.action_waiting, outcome.waiting));
            }
            // a toast, not the status line: the screen reloads next and its own messages take that line
            android.widget.Toast.makeText(this, text.toString(), android.widget.Toast.LENGTH_LONG).show();
            afterPendingSent();
        }, ignored -> { });
    }

    @Override
    protected void onDestroy() {
        whenOnline.stop();
        retry.removeCallbacksAndMessages(null);
        background.stop();
        super.onDestroy();
    }
}
