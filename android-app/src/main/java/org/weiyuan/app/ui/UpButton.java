package org.weiyuan.app.ui;

import android.app.Activity;
import android.content.Intent;
import android.view.View;
import android.view.ViewGroup;

import androidx.activity.ComponentActivity;
import androidx.appcompat.widget.Toolbar;

import org.weiyuan.app.R;

/**
 * The toolbar's up arrow (返回): every screen but the home screen of the user's role has it, with a
 * spoken label, and it goes back where the user came from, as the system back does. A screen opened
 * straight from a notification has nothing of the app's behind it: there the arrow opens the role's
 * home screen instead of leaving the app.
 */
final class UpButton {

    private UpButton() { }

    /**
     * Puts the arrow on the screen's toolbar. {@code home}: the screen is a role's home screen, which
     * shows the arrow only when it was opened over another screen (e.g. from a message's link).
     */
    static void attach(Activity activity, boolean home) {
        Toolbar toolbar = find(activity.getWindow().getDecorView());
        if (toolbar == null) {
            throw new IllegalStateException(activity.getClass().getSimpleName() + " has no toolbar for its up button");
        }
        if (home && activity.isTaskRoot()) {
            return; // the first screen: nothing to go back to
        }
        toolbar.setNavigationIcon(R.drawable.ic_arrow_back);
        if (toolbar instanceof com.google.android.material.appbar.MaterialToolbar) {
            // the colour of the title on the bar (the screen's theme), whatever overlay the bar's own actions use
            android.util.TypedValue onPrimary = new android.util.TypedValue();
            if (activity.getTheme().resolveAttribute(com.google.android.material.R.attr.colorOnPrimary, onPrimary, true)) {
                ((com.google.android.material.appbar.MaterialToolbar) toolbar).setNavigationIconTint(onPrimary.data);
            }
        }
        toolbar.setNavigationContentDescription(R.string.navigate_up);
        toolbar.setNavigationOnClickListener(v -> up(activity));
    }

    private static void up(Activity activity) {
        if (activity.isTaskRoot()) {
            activity.startActivity(new Intent(activity, HomeActivity.class));
            activity.finish();
        } else if (activity instanceof ComponentActivity) {
            // the system back's own path, so a screen's back handling (if any) applies to the arrow too
            ((ComponentActivity) activity).getOnBackPressedDispatcher().onBackPressed();
        } else {
            activity.finish();
        }
    }

    static Toolbar find(View v) {
        if (v instanceof Toolbar) {
            return (Toolbar) v;
        }
        if (v instanceof ViewGroup) {
            ViewGroup group = (ViewGroup) v;
            for (int i = 0; i < group.getChildCount(); i++) {
                Toolbar found = find(group.getChildAt(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
