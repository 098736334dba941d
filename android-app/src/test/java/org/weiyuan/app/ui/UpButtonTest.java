package org.weiyuan.app.ui;

import android.app.Activity;
import android.content.Context;
import android.content.Intent;
import android.content.pm.ActivityInfo;
import android.content.pm.PackageManager;
import android.os.Looper;
import android.view.View;
import android.widget.ImageButton;

import androidx.appcompat.widget.Toolbar;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;
import org.weiyuan.app.core.Session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

/**
 * Back navigation on every screen (issue 17): each activity the manifest declares, but the launcher
 * (which shows nothing and hands over at once), has the up arrow in its toolbar with a spoken label,
 * a target of 48 dp or more (64 in 长辈版), and the arrow goes back where the user came from. A role's
 * home screen shows it only when opened over another screen. A new activity without it fails here.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
public class UpButtonTest {

    @Before
    public void offline() throws Exception {
        ScreenTests.pointAtNothing(); // no scripted server: the toolbar is all these tests look at
        ScreenTests.signIn("tian.xiumei", "worker");
    }

    @Test
    public void everyScreenButTheLauncherHasALabelledUpArrowThatGoesBack() throws Exception {
        List<String> checked = everyScreenGoesBack("返回", 48);
        // the manifest's own screens, so a test that silently read nothing cannot pass
        assertThat(checked).contains(SettingsActivity.class.getName(), WishActivity.class.getName(),
                LoginActivity.class.getName(), FeedActivity.class.getName(), WorkerActivity.class.getName(),
                FilesQueueActivity.class.getName(), MutualAidActivity.class.getName()).hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    @Config(qualifiers = "en-w360dp-h640dp-xhdpi")
    public void inEnglishTheArrowSaysBack() throws Exception {
        everyScreenGoesBack("Back", 48);
    }

    @Test
    public void inElderModeTheArrowIsA64dpTarget() throws Exception {
        ElderMode.set(RuntimeEnvironment.getApplication(), true);
        everyScreenGoesBack("返回", ElderMode.MIN_TARGET_DP);
    }

    @Test
    public void aHomeScreenOpenedFirstHasNoArrow() throws Exception {
        for (Class<? extends Activity> home : homeScreens()) {
            ActivityController<? extends Activity> c = Robolectric.buildActivity(home);
            shadowOf(c.get()).setIsTaskRoot(true); // as HomeActivity leaves it: the first screen of the task
            c.setup();
            Toolbar toolbar = UpButton.find(c.get().getWindow().getDecorView());
            assertThat(toolbar).as(home.getSimpleName() + "'s toolbar").isNotNull();
            assertThat(toolbar.getNavigationIcon()).as(home.getSimpleName() + " opened first: nothing to go back to").isNull();
            c.pause().stop().destroy();
        }
    }

    @Test
    public void aScreenOpenedStraightFromANotificationGoesUpToTheHomeScreen() throws Exception {
        ActivityController<WishActivity> c = Robolectric.buildActivity(WishActivity.class,
                new Intent(RuntimeEnvironment.getApplication(), WishActivity.class).putExtra(WishActivity.EXTRA_ID, "w1"));
        shadowOf(c.get()).setIsTaskRoot(true); // nothing of the app behind it
        c.setup();
        upArrow(c.get()).performClick();
        Intent next = shadowOf(c.get()).getNextStartedActivity();
        assertThat(next.getComponent().getClassName()).isEqualTo(HomeActivity.class.getName());
        assertThat(c.get().isFinishing()).isTrue();
        c.pause().stop().destroy();
    }

    /** Opens every screen over another one and checks its arrow; returns the screens checked. */
    private static List<String> everyScreenGoesBack(String label, int minDp) throws Exception {
        Context app = RuntimeEnvironment.getApplication();
        ActivityInfo[] declared = app.getPackageManager().getPackageInfo(app.getPackageName(), PackageManager.GET_ACTIVITIES).activities;
        List<String> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ActivityInfo info : declared) {
            if (!info.name.startsWith("org.weiyuan.app.") || info.name.equals(HomeActivity.class.getName())) {
                continue; // AppAuth's own (no screen of theirs), and the launcher
            }
            @SuppressWarnings("unchecked")
            Class<? extends Activity> screen = (Class<? extends Activity>) Class.forName(info.name);
            Intent intent = new Intent(app, screen).putExtra(WishActivity.EXTRA_ID, "w1");
            ActivityController<? extends Activity> c = Robolectric.buildActivity(screen, intent);
            shadowOf(c.get()).setIsTaskRoot(false); // opened from another screen of the app
            c.setup();
            Activity a = c.get();
            String name = screen.getSimpleName();
            Toolbar toolbar = UpButton.find(a.getWindow().getDecorView());
            if (toolbar == null || toolbar.getNavigationIcon() == null) {
                problems.add(name + ": no up arrow in a toolbar");
            } else {
                if (!label.contentEquals(toolbar.getNavigationContentDescription())) {
                    problems.add(name + ": the arrow says \"" + toolbar.getNavigationContentDescription() + "\"");
                }
                if (toolbar.getTitle() == null || toolbar.getTitle().length() == 0) {
                    problems.add(name + ": no title");
                }
                Integer tint = toolbar instanceof com.google.android.material.appbar.MaterialToolbar
                        ? ((com.google.android.material.appbar.MaterialToolbar) toolbar).getNavigationIconTint() : null;
                if (tint == null || ScreenTests.contrast(tint | 0xFF000000, ScreenTests.behind(toolbar, 0)) < 3.0) {
                    problems.add(name + ": the arrow does not stand out from the bar (3:1 for icons)");
                }
                ImageButton up = upArrow(a);
                int min = ScreenTests.px(a, minDp);
                for (int i = 0; i < 5 && (up.getWidth() < min || up.getHeight() < min); i++) {
                    shadowOf(Looper.getMainLooper()).idleFor(java.time.Duration.ofMillis(50)); // 长辈版 enlarges it on the next layout pass
                }
                if (up.getWidth() < min || up.getHeight() < min) {
                    problems.add(name + ": the arrow is " + up.getWidth() + "×" + up.getHeight() + " px, under " + minDp + " dp");
                }
                up.performClick();
                if (!a.isFinishing()) {
                    problems.add(name + ": the arrow does not go back");
                }
            }
            c.pause().stop().destroy();
            checked.add(info.name);
        }
        assertThat(problems).as("screens without a working, labelled up arrow").isEmpty();
        return checked;
    }

    /** The toolbar's navigation button as laid out (the view TalkBack reads with the arrow's label). */
    private static ImageButton upArrow(Activity a) {
        Toolbar toolbar = UpButton.find(a.getWindow().getDecorView());
        assertThat(toolbar).isNotNull();
        CharSequence label = toolbar.getNavigationContentDescription();
        for (int i = 0; i < toolbar.getChildCount(); i++) {
            View child = toolbar.getChildAt(i);
            if (child instanceof ImageButton && label != null && label.equals(child.getContentDescription())) {
                return (ImageButton) child;
            }
        }
        throw new AssertionError(a.getClass().getSimpleName() + ": no up arrow laid out in the toolbar");
    }

    /** The home screens of the roles (HomeActivity's choice for each). */
    private static Set<Class<? extends Activity>> homeScreens() {
        Set<Class<? extends Activity>> homes = new LinkedHashSet<>();
        for (Session.Home home : Session.Home.values()) {
            @SuppressWarnings("unchecked")
            Class<? extends Activity> screen = (Class<? extends Activity>) HomeActivity.screenFor(home);
            homes.add(screen);
        }
        return homes;
    }
}
