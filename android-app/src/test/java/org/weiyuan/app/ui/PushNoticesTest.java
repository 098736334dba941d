package org.weiyuan.app.ui;

import android.app.Notification;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Intent;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

/**
 * Push as the fcm flavour uses it, tested with the plain app: the token goes to the backend for the
 * signed-in user, and a message shows in the "weiyuan" channel and opens its deep link when tapped.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN")
public class PushNoticesTest {

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    @Before
    public void start() throws IOException {
        ScreenTests.serve(server, requests, r -> {
            if (r.getPath().equals("/api/v1/feed/districts")) {
                return new MockResponse().setBody("[]"); // the feed behind a notice asks for its filter (no 404 there)
            }
            return r.getPath().equals("/api/v1/devices") ? new MockResponse().setBody("{}") : new MockResponse().setResponseCode(404);
        });
    }

    @After
    public void stop() throws IOException {
        ScreenTests.stop(server);
    }

    @Test
    public void aMessageShowsInTheWeiyuanChannelAndTappingItOpensTheWish() {
        ScreenTests.signIn("zhao.min", "donor");
        PushNotices.show(RuntimeEnvironment.getApplication(), "您认捐的微愿已筹满", "“冬天的棉被”已筹满，工会将尽快送到受助家庭。",
                "weiyuan://wishes/w1", "n-1");

        NotificationManager manager = RuntimeEnvironment.getApplication().getSystemService(NotificationManager.class);
        List<Notification> shown = shadowOf(manager).getAllNotifications();
        assertThat(shown).hasSize(1);
        Notification n = shown.get(0);
        assertThat(n.getChannelId()).isEqualTo(PushNotices.CHANNEL);
        assertThat(manager.getNotificationChannel(PushNotices.CHANNEL).getName().toString()).isEqualTo("微愿消息");
        assertThat(n.extras.getString(Notification.EXTRA_TITLE)).isEqualTo("您认捐的微愿已筹满");
        assertThat(n.extras.getCharSequence(Notification.EXTRA_BIG_TEXT).toString()).isEqualTo("“冬天的棉被”已筹满，工会将尽快送到受助家庭。");

        // the tap opens the launcher with the link, which routes to the wish
        Intent tap = shadowOf(n.contentIntent).getSavedIntent();
        assertThat(tap.getComponent().getClassName()).isEqualTo(HomeActivity.class.getName());
        assertThat(tap.getDataString()).isEqualTo("weiyuan://wishes/w1");
        assertThat(shadowOf(n.contentIntent).isActivity()).isTrue();
        assertThat(shadowOf(n.contentIntent).getFlags() & PendingIntent.FLAG_IMMUTABLE).isNotZero();
        HomeActivity home = Robolectric.buildActivity(HomeActivity.class, tap).setup().get();
        Intent opened = shadowOf(home).getNextStartedActivity();
        assertThat(opened.getComponent().getClassName()).isEqualTo(WishActivity.class.getName());
        assertThat(opened.getStringExtra(WishActivity.EXTRA_ID)).isEqualTo("w1");
    }

    @Test
    public void theSameMessageDeliveredTwiceShowsOnce() {
        ScreenTests.signIn("zhao.min", "donor");
        PushNotices.show(RuntimeEnvironment.getApplication(), "收到一封感谢信", "第一次", null, "n-2");
        PushNotices.show(RuntimeEnvironment.getApplication(), "收到一封感谢信", "第二次", null, "n-2");
        NotificationManager manager = RuntimeEnvironment.getApplication().getSystemService(NotificationManager.class);
        assertThat(shadowOf(manager).getAllNotifications()).hasSize(1);
        Notification n = shadowOf(manager).getAllNotifications().get(0);
        assertThat(shadowOf(n.contentIntent).getSavedIntent().getDataString()).as("no link: the inbox").isEqualTo("weiyuan://inbox");
    }

    @Test
    public void aNewTokenIsRegisteredForTheSignedInUserInTheirLanguage() throws Exception {
        ScreenTests.signIn("zhao.min", "donor");
        PushNotices.tokenChanged(RuntimeEnvironment.getApplication(), "fcm-token-1");

        assertThat(requests).hasSize(1);
        RecordedRequest put = requests.get(0);
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(put.getHeader("Authorization")).startsWith("Bearer ");
        assertThat(put.getBody().readUtf8()).contains("\"platform\":\"android-fcm\"", "\"token\":\"fcm-token-1\"",
                "\"language\":\"zh-CN\"");
    }

    @Test
    public void aTokenThatCameBeforeSigningInIsKeptAndRegisteredAfter() throws Exception {
        PushNotices.tokenChanged(RuntimeEnvironment.getApplication(), "fcm-token-2");
        assertThat(requests).as("nobody to register it for yet").isEmpty();

        ScreenTests.signIn("wang.fang", "worker");
        SessionStore store = new SessionStore(RuntimeEnvironment.getApplication());
        PushNotices.register(RuntimeEnvironment.getApplication(), store);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getBody().readUtf8()).contains("\"token\":\"fcm-token-2\"");
    }

    @Test
    public void aPhoneWithAPushTokenIsAskedOnceToShowNotificationsAndOneWithoutNever() {
        FeedActivity plain = Robolectric.buildActivity(FeedActivity.class).setup().get();
        assertThat(shadowOf(plain).getLastRequestedPermission()).as("the plain app has no pushes to show").isNull();

        new SessionStore(RuntimeEnvironment.getApplication()).savePushToken("fcm-token-3");
        FeedActivity withPush = Robolectric.buildActivity(FeedActivity.class).setup().get();
        assertThat(shadowOf(withPush).getLastRequestedPermission().requestedPermissions)
                .containsExactly(android.Manifest.permission.POST_NOTIFICATIONS);

        FeedActivity again = Robolectric.buildActivity(FeedActivity.class).setup().get();
        assertThat(shadowOf(again).getLastRequestedPermission()).as("asked once, not at every screen").isNull();
    }

    @Test
    public void nothingShowsWhileNobodyIsSignedIn() {
        PushNotices.show(RuntimeEnvironment.getApplication(), "您认捐的微愿已筹满", "……", "weiyuan://wishes/w1", "n-4");
        NotificationManager manager = RuntimeEnvironment.getApplication().getSystemService(NotificationManager.class);
        assertThat(shadowOf(manager).getAllNotifications()).isEmpty();
    }
}
