package org.weiyuan.app.ui;

import android.app.Activity;
import android.content.ComponentName;
import android.content.Context;
import android.content.Intent;
import android.content.IntentFilter;
import android.content.pm.ActivityInfo;
import android.content.pm.PackageInfo;
import android.content.pm.ResolveInfo;
import android.content.pm.Signature;
import android.net.Uri;
import android.widget.TextView;

import com.google.android.material.appbar.MaterialToolbar;

import net.openid.appauth.AuthorizationRequest;
import net.openid.appauth.AuthorizationResponse;

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
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.shadows.ShadowToast;
import org.weiyuan.app.R;
import org.weiyuan.app.core.Session;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

/**
 * Signing in with AppAuth (authorization code with PKCE against a scripted Keycloak), the account
 * entry on the home screens, and signing out (push token forgotten, Keycloak session ended).
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class AccountScreensTest {

    /** The access token Keycloak gives for the refresh token "refresh-1". */
    private static final String FRESH = ScreenTests.accessToken("zhao.min", "donor", "refreshed");

    /** Keycloak and the backend, scripted on one server (paths tell them apart). */
    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    @Before
    public void start() throws IOException {
        ScreenTests.serve(server, requests, r -> {
            String p = r.getPath();
            if (p.equals("/api/v1/feed/districts")) {
                return new MockResponse().setBody("[]"); // the feed's district filter: none (the API has no 404 there)
            }
            if (p.equals("/realms/weiyuan/protocol/openid-connect/token") && form(r).containsKey("refresh_token")) {
                if (form(r).get("refresh_token").equals("refresh-flaky")) {
                    return new MockResponse().setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_AFTER_REQUEST); // a bad network
                }
                return form(r).get("refresh_token").equals("refresh-1")
                        ? new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"access_token\":\"" + FRESH
                                + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"refresh_token\":\"refresh-2\"}")
                        : new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
                                .setBody("{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}");
            }
            if (p.startsWith("/api/v1/inbox/")) {
                return FRESH.equals(String.valueOf(r.getHeader("Authorization")).replace("Bearer ", ""))
                        ? new MockResponse().setResponseCode(204)
                        : new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/problem+json")
                                .setBody("{\"status\":401,\"detail\":\"登录已过期，请重新登录\"}");
            }
            if (p.equals("/api/v1/pledges/mine")) {
                // the token the app holds has expired; only a refreshed one is taken
                return FRESH.equals(String.valueOf(r.getHeader("Authorization")).replace("Bearer ", ""))
                        ? new MockResponse().setBody("[]")
                        : new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/problem+json")
                                .setBody("{\"status\":401,\"detail\":\"登录已过期，请重新登录\"}");
            }
            if (p.equals("/realms/weiyuan/protocol/openid-connect/token")) {
                return new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"access_token\":\""
                        + ScreenTests.accessToken("wang.fang", "worker") + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                        + "\"refresh_token\":\"refresh-from-keycloak\",\"scope\":\"openid profile\"}");
            }
            if (p.equals("/realms/weiyuan/protocol/openid-connect/logout") || p.startsWith("/api/v1/devices/")) {
                return new MockResponse().setResponseCode(204);
            }
            if (p.startsWith("/api/v1/feed/wishes?")) {
                return new MockResponse().setBody("{\"items\":[],\"nextCursor\":null}");
            }
            return new MockResponse().setResponseCode(404);
        });
        RuntimeEnvironment.getApplication().getSharedPreferences("weiyuan", Context.MODE_PRIVATE).edit()
                .putString("issuer", server.url("/realms/weiyuan").toString()).commit();
    }

    @After
    public void stop() throws IOException {
        ScreenTests.stop(server);
    }

    @Test
    public void signingInRunsTheCodeFlowWithPkceAndOpensTheHomeOfTheRole() throws Exception {
        installABrowser();
        LoginActivity a = Robolectric.buildActivity(LoginActivity.class,
                new Intent(RuntimeEnvironment.getApplication(), LoginActivity.class).putExtra(LoginActivity.EXTRA_THEN_HOME, true))
                .setup().get();
        a.findViewById(R.id.sign_in).performClick();

        // AppAuth opens Keycloak's login page in the browser, asking for a code with an S256 challenge
        Intent toAppAuth = shadowOf(a).getNextStartedActivityForResult().intent;
        Intent toBrowser = toAppAuth.getParcelableExtra("authIntent");
        assertThat(toBrowser.getPackage()).isEqualTo("com.example.browser");
        Uri page = toBrowser.getData();
        assertThat(page.getPath()).isEqualTo("/realms/weiyuan/protocol/openid-connect/auth");
        assertThat(page.getQueryParameter("client_id")).isEqualTo("weiyuan-app");
        assertThat(page.getQueryParameter("response_type")).isEqualTo("code");
        assertThat(page.getQueryParameter("redirect_uri")).isEqualTo("org.weiyuan.app:/oauth2redirect");
        assertThat(page.getQueryParameter("code_challenge_method")).isEqualTo("S256");
        String challenge = page.getQueryParameter("code_challenge");

        // the user signs in; Keycloak sends the browser back to the app with a code
        AuthorizationRequest request = AuthorizationRequest.jsonDeserialize(toAppAuth.getStringExtra("authRequest"));
        Intent back = new AuthorizationResponse.Builder(request).setAuthorizationCode("code-1").setState(request.getState())
                .build().toIntent();
        shadowOf(a).receiveResult(toAppAuth, Activity.RESULT_OK, back);
        ScreenTests.await(() -> a.isFinishing());

        // the code was exchanged with the verifier that hashes to the challenge (PKCE)
        Map<String, String> form = form(requests.stream()
                .filter(r -> r.getPath().endsWith("/protocol/openid-connect/token")).findFirst().orElseThrow());
        assertThat(form).containsEntry("grant_type", "authorization_code").containsEntry("code", "code-1")
                .containsEntry("client_id", "weiyuan-app").containsEntry("redirect_uri", "org.weiyuan.app:/oauth2redirect");
        byte[] hashed = MessageDigest.getInstance("SHA-256").digest(form.get("code_verifier").getBytes(StandardCharsets.US_ASCII));
        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(hashed)).isEqualTo(challenge);

        Session session = new SessionStore(a).session();
        assertThat(session.home()).isEqualTo(Session.Home.WORKER);
        assertThat(session.refreshToken).isEqualTo("refresh-from-keycloak");
        Intent home = shadowOf(a).getNextStartedActivity();
        assertThat(home.getComponent().getClassName()).isEqualTo(HomeActivity.class.getName());
        assertThat(home.getFlags() & Intent.FLAG_ACTIVITY_CLEAR_TASK).isNotZero();
    }

    @Test
    public void anExpiredTokenIsRefreshedThroughKeycloakAndTheRequestRetried() throws Exception {
        ScreenTests.signIn("zhao.min", "donor"); // holds refresh-1
        DonationsActivity a = Robolectric.buildActivity(DonationsActivity.class).setup().get();
        TextView status = a.findViewById(R.id.donations_status);
        ScreenTests.await(() -> status.getText().toString().equals("还没有捐赠记录"));

        RecordedRequest refresh = requests.stream().filter(r -> r.getPath().endsWith("/openid-connect/token")).findFirst().orElseThrow();
        assertThat(form(refresh)).containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", "refresh-1")
                .containsEntry("client_id", "weiyuan-app");
        assertThat(requests.stream().filter(r -> r.getPath().equals("/api/v1/pledges/mine"))).hasSize(2);
        Session kept = new SessionStore(a).session();
        assertThat(kept.accessToken).isEqualTo(FRESH);
        assertThat(kept.refreshToken).isEqualTo("refresh-2");
    }

    @Test
    public void whenKeycloakEndedTheSessionTheUserIsSignedOutAndToldWhy() throws Exception {
        new SessionStore(RuntimeEnvironment.getApplication()).save(ScreenTests.accessToken("zhao.min", "donor"), "refresh-dead");
        DonationsActivity a = Robolectric.buildActivity(DonationsActivity.class).setup().get();
        TextView status = a.findViewById(R.id.donations_status);
        ScreenTests.await(() -> status.getText().toString().equals("登录已过期，请重新登录"));
        assertThat(new SessionStore(a).session().signedIn()).isFalse();
    }

    @Test
    public void aRefreshThatCannotReachKeycloakKeepsTheUserSignedInAndWhatTheyQueued() throws Exception {
        SessionStore store = new SessionStore(RuntimeEnvironment.getApplication());
        store.save(ScreenTests.accessToken("zhao.min", "donor"), "refresh-flaky");
        store.pendingActions().add(org.weiyuan.app.core.Action.markRead("n1").labelled("已读"));
        DonationsActivity a = Robolectric.buildActivity(DonationsActivity.class).setup().get();
        TextView status = a.findViewById(R.id.donations_status);
        ScreenTests.await(() -> status.getText().toString().equals("网络连接失败，请检查网络后重试"));
        ScreenTests.await(() -> requests.stream().filter(r -> r.getPath().equals("/api/v1/inbox/n1/read")).count() == 1);
        ScreenTests.await(() -> requests.stream().filter(r -> r.getPath().endsWith("/openid-connect/token")).count() >= 2);
        Session kept = store.session();
        assertThat(kept.signedIn()).isTrue();
        assertThat(kept.refreshToken).isEqualTo("refresh-flaky");
        assertThat(store.pendingActions().size()).isEqualTo(1);
    }

    @Test
    public void aPhoneWithoutABrowserIsToldWhatSigningInNeeds() {
        LoginActivity a = Robolectric.buildActivity(LoginActivity.class).setup().get();
        a.findViewById(R.id.sign_in).performClick();
        assertThat(((TextView) a.findViewById(R.id.login_status)).getText().toString()).contains("浏览器");
        assertThat(shadowOf(a).getNextStartedActivity()).isNull();
    }

    @Test
    public void theFeedOffersSignInToSomeoneNotSignedInAndTheAccountToSomeoneWhoIs() throws Exception {
        FeedActivity signedOut = Robolectric.buildActivity(FeedActivity.class).setup().get();
        MaterialToolbar toolbar = signedOut.findViewById(R.id.toolbar);
        assertThat(toolbar.getMenu().findItem(R.id.account).getTitle().toString()).isEqualTo("登录");
        toolbar.getMenu().performIdentifierAction(R.id.account, 0);
        Intent login = shadowOf(signedOut).getNextStartedActivity();
        assertThat(login.getComponent()).isEqualTo(new ComponentName(signedOut, LoginActivity.class));
        assertThat(login.getBooleanExtra(LoginActivity.EXTRA_THEN_HOME, false)).isTrue();

        ScreenTests.signIn("zhao.min", "donor");
        FeedActivity signedIn = Robolectric.buildActivity(FeedActivity.class).setup().get();
        MaterialToolbar bar = signedIn.findViewById(R.id.toolbar);
        assertThat(bar.getMenu().findItem(R.id.account).getTitle().toString()).isEqualTo("账户");
        bar.getMenu().performIdentifierAction(R.id.account, 0);
        assertThat(shadowOf(signedIn).getNextStartedActivity().getComponent())
                .isEqualTo(new ComponentName(signedIn, SettingsActivity.class));
    }

    @Test
    public void signingOutForgetsThePushTokenEndsTheKeycloakSessionAndLeavesNoTokens() throws Exception {
        ScreenTests.signIn("zhao.min", "donor");
        new SessionStore(RuntimeEnvironment.getApplication()).savePushToken("push-token-1");
        // something done offline and not yet sent: it must not go out later as whoever signs in next
        new SessionStore(RuntimeEnvironment.getApplication()).pendingActions().add(org.weiyuan.app.core.Action.markRead("n1"));
        SettingsActivity a = Robolectric.buildActivity(SettingsActivity.class).setup().get();
        assertThat(((TextView) a.findViewById(R.id.settings_user)).getText().toString()).isEqualTo("已登录：zhao.min");
        ScreenTests.screenshot(a, "settings-account-zh-CN.png");

        a.findViewById(R.id.sign_out).performClick();
        ScreenTests.await(() -> a.isFinishing());

        RecordedRequest device = requests.stream().filter(r -> r.getPath().equals("/api/v1/devices/push-token-1")).findFirst().orElseThrow();
        assertThat(device.getMethod()).isEqualTo("DELETE");
        assertThat(device.getHeader("Authorization")).startsWith("Bearer ");
        RecordedRequest logout = requests.stream().filter(r -> r.getPath().endsWith("/openid-connect/logout")).findFirst().orElseThrow();
        assertThat(form(logout)).containsEntry("client_id", "weiyuan-app").containsEntry("refresh_token", "refresh-1");
        // the push token is forgotten only after the server was told (it needed the user's token)
        assertThat(requests.indexOf(device)).isLessThan(requests.indexOf(logout));
        assertThat(new SessionStore(a).session().signedIn()).isFalse();
        assertThat(new SessionStore(a).pendingActions().size()).isZero();
        assertThat(ShadowToast.getTextOfLatestToast()).isEqualTo("已退出登录");
        assertThat(shadowOf(a).getNextStartedActivity().getComponent().getClassName()).isEqualTo(HomeActivity.class.getName());
    }

    @Test
    public void signingOutWithoutANetworkStillLeavesNoTokensOnThePhone() throws Exception {
        ScreenTests.signIn("zhao.min", "donor");
        server.shutdown(); // neither Keycloak nor the backend answers
        SettingsActivity a = Robolectric.buildActivity(SettingsActivity.class).setup().get();
        a.findViewById(R.id.sign_out).performClick();
        ScreenTests.await(() -> a.isFinishing());
        assertThat(new SessionStore(a).session().signedIn()).isFalse();
        assertThat(ShadowToast.getTextOfLatestToast()).startsWith("已在本机退出登录");
    }

    @Test
    public void theAccountScreenIsUsableAtTheLargestFont() throws Exception {
        RuntimeEnvironment.setFontScale(2.0f);
        ScreenTests.signIn("zhao.min", "donor");
        SettingsActivity a = Robolectric.buildActivity(SettingsActivity.class).setup().get();
        ScreenTests.readableAtLargestFont(a, a.findViewById(R.id.settings_user), 18);
        ScreenTests.screenshot(a, "settings-account-zh-CN-largest-font.png");
    }

    /** A browser that can show Keycloak's page (AppAuth looks for a full browser: http and https, any host). */
    private static void installABrowser() {
        PackageInfo browser = new PackageInfo();
        browser.packageName = "com.example.browser";
        browser.signatures = new Signature[] {new Signature("00")};
        shadowOf(RuntimeEnvironment.getApplication().getPackageManager()).installPackage(browser);
        ResolveInfo info = new ResolveInfo();
        info.activityInfo = new ActivityInfo();
        info.activityInfo.packageName = browser.packageName;
        info.activityInfo.name = "com.example.browser.Main";
        info.filter = new IntentFilter(Intent.ACTION_VIEW);
        info.filter.addCategory(Intent.CATEGORY_BROWSABLE);
        info.filter.addDataScheme("http");
        info.filter.addDataScheme("https");
        // the intent AppAuth 0.11 asks the package manager about
        Intent anyWebPage = new Intent(Intent.ACTION_VIEW).addCategory(Intent.CATEGORY_BROWSABLE).setData(Uri.fromParts("http", "", null));
        shadowOf(RuntimeEnvironment.getApplication().getPackageManager()).addResolveInfoForIntent(anyWebPage, info);
    }

    private static Map<String, String> form(RecordedRequest r) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : r.getBody().clone().readUtf8().split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length < 2 ? "" : URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return fields;
    }
}
