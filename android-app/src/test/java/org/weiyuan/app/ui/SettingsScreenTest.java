package org.weiyuan.app.ui;

import android.widget.TextView;

import androidx.appcompat.widget.Toolbar;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.weiyuan.app.R;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings (设置) have the toolbar of the other screens (issue 17): the brand-red bar with the
 * screen's title and the up arrow, in Chinese, in English, at the largest font and in 长辈版; each
 * photographed with the screenshot helper's TalkBack and contrast checks.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class SettingsScreenTest {

    @Before
    public void offline() throws Exception {
        ScreenTests.pointAtNothing();
    }

    @After
    public void normalFont() {
        RuntimeEnvironment.setFontScale(1.0f);
    }

    @Test
    public void theSettingsHaveTheToolbarAndTitleOfTheOtherScreens() throws Exception {
        SettingsActivity settings = open();
        assertToolbar(settings, "设置", "返回");
        // the same bar as, say, the jobs screen: the brand red behind the colour of text on it
        Toolbar jobs = UpButton.find(Robolectric.buildActivity(JobsActivity.class).setup().get().getWindow().getDecorView());
        Toolbar bar = UpButton.find(settings.getWindow().getDecorView());
        assertThat(ScreenTests.behind(bar, 0)).isEqualTo(ScreenTests.behind(jobs, 0));
        assertThat(bar.getHeight()).isEqualTo(jobs.getHeight());
        ScreenTests.screenshot(settings, "settings-zh-CN.png");
    }

    @Test
    @Config(qualifiers = "en-w360dp-h640dp-xhdpi")
    public void inEnglish() throws Exception {
        SettingsActivity settings = open();
        assertToolbar(settings, "Settings", "Back");
        ScreenTests.screenshot(settings, "settings-en.png");
    }

    @Test
    public void atTheLargestFont() throws Exception {
        RuntimeEnvironment.setFontScale(2.0f);
        SettingsActivity settings = open();
        assertToolbar(settings, "设置", "返回");
        ScreenTests.readableAtLargestFont(settings, settings.findViewById(R.id.settings_user), 18);
        ScreenTests.screenshot(settings, "settings-zh-CN-largest-font.png");
    }

    @Test
    public void inElderMode() throws Exception {
        ElderMode.set(RuntimeEnvironment.getApplication(), true);
        SettingsActivity settings = open();
        assertToolbar(settings, "设置", "返回");
        ScreenTests.screenshot(settings, "settings-zh-CN-elder-toolbar.png");
    }

    private static SettingsActivity open() {
        ScreenTests.signIn("tian.xiumei", "worker");
        return Robolectric.buildActivity(SettingsActivity.class).setup().get();
    }

    private static void assertToolbar(SettingsActivity settings, String title, String up) {
        Toolbar bar = UpButton.find(settings.getWindow().getDecorView());
        assertThat(bar).as("the settings' toolbar").isNotNull();
        assertThat(bar.getTitle().toString()).isEqualTo(title);
        assertThat(bar.getNavigationContentDescription().toString()).isEqualTo(up);
        TextView shown = titleView(bar, title);
        assertThat(shown.isShown()).as("the title is on screen").isTrue();
        int[] at = new int[2];
        shown.getLocationInWindow(at);
        assertThat(at[0] + shown.getWidth()).as("the title fits the screen").isLessThanOrEqualTo(settings.getWindow().getDecorView().getWidth());
        assertThat(ScreenTests.contrast(shown.getCurrentTextColor(), ScreenTests.behind(bar, 0))).isGreaterThanOrEqualTo(ScreenTests.MIN_CONTRAST);
    }

    private static TextView titleView(Toolbar bar, String title) {
        for (int i = 0; i < bar.getChildCount(); i++) {
            if (bar.getChildAt(i) instanceof TextView && title.contentEquals(((TextView) bar.getChildAt(i)).getText())) {
                return (TextView) bar.getChildAt(i);
            }
        }
        throw new AssertionError("no title \"" + title + "\" drawn in the toolbar");
    }
}
