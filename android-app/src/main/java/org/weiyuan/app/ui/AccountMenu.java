package org.weiyuan.app.ui;

import android.app.Activity;
import android.content.Intent;
import android.view.Menu;
import android.view.MenuItem;

import com.google.android.material.appbar.MaterialToolbar;

import org.weiyuan.app.R;

/**
 * The account entry on each home screen's toolbar: "登录" for someone not signed in (then the home
 * screen of their role), "账户" for someone who is (who they are, the server, signing out). Home
 * screens also ask here, once, to show pushes (Android 13+, fcm flavour).
 */
final class AccountMenu {

    private AccountMenu() { }

    static void attach(Activity activity, MaterialToolbar toolbar) {
        PushNotices.askToShowIfNeeded(activity); // every home screen passes here first
        boolean signedIn = new SessionStore(activity).session().signedIn();
        toolbar.getMenu().removeItem(R.id.account);
        MenuItem item = toolbar.getMenu().add(Menu.NONE, R.id.account, Menu.NONE,
                signedIn ? R.string.account_title : R.string.login_short);
        item.setShowAsAction(MenuItem.SHOW_AS_ACTION_ALWAYS | MenuItem.SHOW_AS_ACTION_WITH_TEXT);
        toolbar.setOnMenuItemClickListener(clicked -> {
            if (clicked.getItemId() != R.id.account) {
                return false;
            }
            activity.startActivity(signedIn ? new Intent(activity, SettingsActivity.class)
                    : new Intent(activity, LoginActivity.class).putExtra(LoginActivity.EXTRA_THEN_HOME, true));
            return true;
        });
    }

    /** Starts the app again at the home screen of whoever is signed in now (or of nobody). */
    static void restartAtHome(Activity activity) {
        activity.startActivity(new Intent(activity, HomeActivity.class)
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK | Intent.FLAG_ACTIVITY_CLEAR_TASK));
        activity.finish();
    }
}
