package org.weiyuan.app.ui;

import android.app.Activity;
import android.widget.ScrollView;

/** What staff's long pages share: sizes of views made in code, and bringing the status line into sight. */
final class StaffViews {

    private StaffViews() { }

    /** Density-independent pixels on this screen. */
    static int dp(android.content.Context context, float dp) {
        return Math.round(dp * context.getResources().getDisplayMetrics().density);
    }

    /** Scrolls a page to its top, where its status line says what just happened (the buttons are at the bottom). */
    static void showTop(Activity activity, int scrollId) {
        ScrollView scroll = activity.findViewById(scrollId);
        scroll.post(() -> scroll.smoothScrollTo(0, 0));
    }
}
