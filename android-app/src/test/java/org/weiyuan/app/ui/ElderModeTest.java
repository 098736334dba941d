package org.weiyuan.app.ui;

import android.content.Intent;
import android.view.View;
import android.view.ViewGroup;
import android.widget.CompoundButton;
import android.widget.LinearLayout;
import android.widget.TextView;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.weiyuan.app.R;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

/**
 * 长辈版: switched on in the settings and remembered; the worker's home then shows the few main
 * actions (post a wish, the messages with the unread count, call the union), every text at 18 sp or
 * more and a quarter larger than normal, every target 64 dp or more, 1.3× line spacing, and passes the
 * screenshot helper's contrast and TalkBack checks.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class ElderModeTest {

    private final MockWebServer server = new MockWebServer();
    /** The worker's file as the server answers it; null: none yet (404). */
    private volatile String file = "{\"id\":\"h1\",\"status\":\"APPROVED\",\"questions\":[]}";
    private volatile String wishes = "[{\"id\":\"w5\",\"kind\":\"GOODS\",\"title\":\"冬天的棉被\",\"status\":\"PUBLISHED\","
            + "\"pledgedFen\":20000,\"targetFen\":70000}]";

    @Before
    public void start() throws IOException {
        ScreenTests.serve(server, null, r -> {
            String p = r.getPath();
            if (p.equals("/api/v1/households/mine") && file != null) {
                return new MockResponse().setBody(file);
            }
            if (p.equals("/api/v1/wishes/mine")) {
                return new MockResponse().setBody(wishes);
            }
            if (p.startsWith("/api/v1/inbox?")) {
                return new MockResponse().setBody("{\"items\":[{\"id\":\"n1\",\"kind\":\"WISH_PUBLISHED\",\"title\":\"您的微愿已发布\","
                        + "\"body\":\"爱心人士可以看到了。\",\"deepLink\":\"weiyuan://wishes/w5\",\"readAt\":null},"
                        + "{\"id\":\"n2\",\"kind\":\"WISH_PUBLISHED\",\"title\":\"旧消息\",\"body\":\"\",\"deepLink\":null,"
                        + "\"readAt\":\"2026-11-22T08:00:00Z\"}],\"nextCursor\":null}");
            }
            return new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/problem+json")
                    .setBody("{\"status\":404,\"detail\":\"没有找到\"}");
        });
        ScreenTests.signIn("tian.xiumei", "worker");
    }

    @After
    public void stop() throws IOException {
        ScreenTests.stop(server);
    }

    @Test
    public void switchedOnInTheSettingsItIsRememberedAndTheHomeShowsTheFewMainActions() throws Exception {
        WorkerActivity normal = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        float normalPostSize = ((TextView) normal.findViewById(R.id.post_wish)).getTextSize();
        assertThat(normal.findViewById(R.id.my_jobs).getVisibility()).isEqualTo(View.VISIBLE);
        assertThat(normal.findViewById(R.id.call_union).getVisibility()).isEqualTo(View.GONE);

        ActivityController<SettingsActivity> settings = Robolectric.buildActivity(SettingsActivity.class).setup();
        CompoundButton toggle = settings.get().findViewById(R.id.settings_elder_mode);
        assertThat(toggle.isChecked()).isFalse();
        toggle.performClick();
        assertThat(ElderMode.on(RuntimeEnvironment.getApplication())).isTrue();
        // a new settings screen (as after the app was closed) shows it on
        SettingsActivity again = Robolectric.buildActivity(SettingsActivity.class).setup().get();
        assertThat(((CompoundButton) again.findViewById(R.id.settings_elder_mode)).isChecked()).isTrue();

        WorkerActivity home = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        ScreenTests.await(() -> ((LinearLayout) home.findViewById(R.id.my_wishes)).getChildCount() == 1);
        TextView inbox = home.findViewById(R.id.my_inbox);
        ScreenTests.awaitText(inbox, "我的消息（1 条没看）");
        // the few main actions, in this order; the rest are in the normal version
        assertThat(home.findViewById(R.id.scholarship).getVisibility()).isEqualTo(View.GONE);
        assertThat(home.findViewById(R.id.my_jobs).getVisibility()).isEqualTo(View.GONE);
        assertThat(home.findViewById(R.id.my_services).getVisibility()).isEqualTo(View.GONE);
        TextView call = home.findViewById(R.id.call_union);
        assertThat(call.getVisibility()).isEqualTo(View.VISIBLE);
        assertThat(call.getText().toString()).isEqualTo("打电话给工会 12351");
        ViewGroup actions = (ViewGroup) call.getParent();
        int post = actions.indexOfChild(home.findViewById(R.id.post_wish));
        assertThat(actions.indexOfChild(inbox)).isEqualTo(post + 1);
        assertThat(actions.indexOfChild(call)).isEqualTo(post + 2);
        call.performClick();
        Intent dial = shadowOf(home).getNextStartedActivity();
        assertThat(dial.getAction()).isEqualTo(Intent.ACTION_DIAL);
        assertThat(dial.getData().toString()).isEqualTo("tel:12351");

        // larger than normal, 18 sp at least, 64 dp targets, 1.3× spacing: on what was there at first and on the rows added later
        assertThat(((TextView) home.findViewById(R.id.post_wish)).getTextSize()).isGreaterThanOrEqualTo(normalPostSize * 1.2f);
        float sp18 = 18 * home.getResources().getDisplayMetrics().scaledDensity;
        List<String> small = new ArrayList<>();
        List<String> lowTargets = new ArrayList<>();
        walk(home.findViewById(R.id.my_wishes).getRootView(), v -> {
            if (v instanceof TextView && v.isShown() && !insideToolbar(v)) {
                TextView t = (TextView) v;
                if (t.getTextSize() < sp18 - 0.5f || t.getLineSpacingMultiplier() < 1.29f) {
                    small.add(describe(t) + " " + t.getTextSize() + "px ×" + t.getLineSpacingMultiplier());
                }
                if (t.isClickable() && t.getHeight() < ScreenTests.px(home, ElderMode.MIN_TARGET_DP)) {
                    lowTargets.add(describe(t) + " " + t.getHeight() + "px");
                }
            }
        });
        assertThat(small).as("texts under 18 sp or without 1.3× line spacing").isEmpty();
        assertThat(lowTargets).as("targets under 64 dp").isEmpty();
        ScreenTests.screenshot(home, "worker-home-zh-CN-elder.png");
        ScreenTests.screenshot(again, "settings-zh-CN-elder.png");

        // switched off: the normal home again, when the screen comes back
        ((CompoundButton) again.findViewById(R.id.settings_elder_mode)).performClick();
        assertThat(ElderMode.on(RuntimeEnvironment.getApplication())).isFalse();
        WorkerActivity back = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        assertThat(back.findViewById(R.id.my_jobs).getVisibility()).isEqualTo(View.VISIBLE);
        assertThat(((TextView) back.findViewById(R.id.post_wish)).getTextSize()).isEqualTo(normalPostSize);
    }

    @Test
    @Config(qualifiers = "en-w360dp-h640dp-xhdpi")
    public void inEnglishToo() throws Exception {
        ElderMode.set(RuntimeEnvironment.getApplication(), true);
        WorkerActivity home = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        TextView inbox = home.findViewById(R.id.my_inbox);
        ScreenTests.awaitText(inbox, "Messages · 1 unread");
        // one line at 长辈版's size: the old "My messages (1 unread)" broke after "(1"
        assertThat(inbox.getLineCount()).as("lines of “" + inbox.getText() + "”").isEqualTo(1);
        assertThat(((TextView) home.findViewById(R.id.call_union)).getText().toString()).isEqualTo("Call the union on 12351");
        ScreenTests.await(() -> ((LinearLayout) home.findViewById(R.id.my_wishes)).getChildCount() == 1);
        ScreenTests.screenshot(home, "worker-home-en-elder.png");
    }

    @Test
    @Config(qualifiers = "en-w360dp-h640dp-xhdpi")
    public void myWishesIsNeverAnEmptyHeading() throws Exception {
        ElderMode.set(RuntimeEnvironment.getApplication(), true);
        wishes = "[]";
        WorkerActivity none = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        TextView empty = none.findViewById(R.id.my_wishes_empty);
        ScreenTests.await(empty::isShown);
        assertThat(empty.getText().toString()).isEqualTo("You have not posted a wish yet");
        ScreenTests.screenshot(none, "worker-home-en-elder-no-wishes.png");

        // no file yet: no wishes either, so no "My wishes" heading over nothing
        file = null;
        WorkerActivity noFile = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        ScreenTests.awaitText(noFile.findViewById(R.id.file_state),
                "No file yet. Contact your union, or file one with a union staff member's help.");
        assertThat(noFile.findViewById(R.id.my_wishes_section).isShown()).isFalse();
    }

    @Test
    public void settingsInElderModeShowNoServerAddressesAndALargeAccountAction() throws Exception {
        SettingsActivity normal = Robolectric.buildActivity(SettingsActivity.class).setup().get();
        // the debug build's server fields, for the demo; 保存 as large as the other buttons' text
        assertThat(normal.findViewById(R.id.settings_servers).isShown()).isTrue();
        float sp18 = 18 * normal.getResources().getDisplayMetrics().scaledDensity;
        assertThat(((TextView) normal.findViewById(R.id.settings_save)).getTextSize()).isGreaterThanOrEqualTo(sp18 - 0.5f);

        ElderMode.set(RuntimeEnvironment.getApplication(), true);
        SettingsActivity elder = Robolectric.buildActivity(SettingsActivity.class).setup().get();
        assertThat(elder.findViewById(R.id.settings_servers).getVisibility()).isEqualTo(View.GONE);
        assertThat(elder.findViewById(R.id.settings_server).isShown()).isFalse();
        assertThat(elder.findViewById(R.id.settings_issuer).isShown()).isFalse();
        ScreenTests.screenshot(elder, "settings-zh-CN-elder-servers-hidden.png");

        // the home's 账户 action: as large as 长辈版's other texts and targets
        WorkerActivity home = Robolectric.buildActivity(WorkerActivity.class).setup().get();
        ScreenTests.await(() -> accountAction(home) != null);
        TextView account = accountAction(home);
        assertThat(account.getText().toString()).isEqualTo("账户");
        assertThat(account.getTextSize()).as("账户's text").isGreaterThanOrEqualTo(sp18 - 0.5f);
        // once the bar has laid out again after the enlargement (at most 10 s)
        ScreenTests.await(() -> account.getHeight() >= ScreenTests.px(home, ElderMode.MIN_TARGET_DP));
        ScreenTests.screenshot(home, "worker-home-zh-CN-elder-account.png");
    }

    /** The toolbar's 账户 action as drawn, once the toolbar has laid it out. */
    private static TextView accountAction(android.app.Activity a) {
        TextView[] found = new TextView[1];
        walk(a.findViewById(R.id.toolbar), v -> {
            if (v instanceof androidx.appcompat.view.menu.ActionMenuItemView && v.getHeight() > 0
                    && ((androidx.appcompat.view.menu.ActionMenuItemView) v).getItemData().getItemId() == R.id.account) {
                found[0] = (TextView) v;
            }
        });
        return found[0];
    }

    private interface Visit {
        void at(View v);
    }

    private static void walk(View v, Visit visit) {
        visit.at(v);
        if (v instanceof ViewGroup) {
            for (int i = 0; i < ((ViewGroup) v).getChildCount(); i++) {
                walk(((ViewGroup) v).getChildAt(i), visit);
            }
        }
    }

    private static boolean insideToolbar(View v) {
        for (android.view.ViewParent p = v.getParent(); p != null; p = p.getParent()) {
            if (p instanceof androidx.appcompat.widget.Toolbar) {
                return true;
            }
        }
        return false;
    }

    private static String describe(TextView t) {
        String id = t.getId() == View.NO_ID ? "" : t.getResources().getResourceEntryName(t.getId());
        return id + "“" + t.getText() + "”";
    }
}
