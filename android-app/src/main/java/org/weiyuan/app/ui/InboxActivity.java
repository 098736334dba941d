package org.weiyuan.app.ui;

import android.os.Bundle;
import android.os.Handler;
import android.os.Looper;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Responses;
import org.weiyuan.app.core.Action;

import java.util.List;

/**
 * The inbox (消息中心). It works without any push service: while it is open it asks the server
 * again every minute (Google's push does not reach most phones in mainland China). Opening a
 * notice marks it read.
 */
public class InboxActivity extends Screen {

    static final long POLL_MILLIS = 60_000;

    private final Handler main = new Handler(Looper.getMainLooper());
    private final Runnable poll = this::load;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_inbox);
    }

    @Override
    protected void onResume() {
        super.onResume();
        load();
    }

    @Override
    protected void onPause() {
        main.removeCallbacks(poll);
        super.onPause();
    }

    private void load() {
        main.removeCallbacks(poll);
        if (((LinearLayout) findViewById(R.id.inbox_list)).getChildCount() == 0) {
            loadList(api::inbox, this::show); // the first time, or after a failure: say it is loading, offer a retry
        } else {
            background.run(api::inbox, this::show, this::status); // a poll: the messages shown stay meanwhile
        }
        main.postDelayed(poll, POLL_MILLIS);
    }

    private void show(List<Responses.Notice> notices) {
        LinearLayout list = findViewById(R.id.inbox_list);
        list.removeAllViews();
        if (notices.isEmpty()) {
            status(getString(R.string.inbox_empty));
        }
        for (Responses.Notice n : notices) {
            View row = getLayoutInflater().inflate(R.layout.item_notice, list, false);
            TextView title = row.findViewById(R.id.notice_title);
            title.setText(n.title);
            boolean unread = !n.read;
            title.setTypeface(unread ? android.graphics.Typeface.DEFAULT_BOLD : android.graphics.Typeface.DEFAULT);
            ((TextView) row.findViewById(R.id.notice_body)).setText(n.body);
            String spoken = getString(R.string.inbox_spoken, n.title, n.body);
            row.setContentDescription(unread ? getString(R.string.inbox_spoken, getString(R.string.inbox_unread), spoken) : spoken);
            String id = n.id;
            String link = n.deepLink;
            row.setOnClickListener(v -> {
                title.setTypeface(android.graphics.Typeface.DEFAULT); // read now, on the server when the network allows
                act(Action.markRead(id).labelled(n.title), null, null);
                if (link != null) {
                    startActivity(HomeActivity.open(this, link));
                }
            });
            list.addView(row);
        }
    }

    @Override
    protected int statusViewId() {
        return R.id.inbox_status;
    }

    @Override
    protected void onDestroy() {
        main.removeCallbacks(poll);
        super.onDestroy();
    }
}
