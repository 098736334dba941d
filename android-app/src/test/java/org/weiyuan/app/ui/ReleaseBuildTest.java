package org.weiyuan.app.ui;

import android.app.Application;
import android.content.Context;
import android.content.pm.ApplicationInfo;
import android.view.View;

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
 * The release build (发布版) and the debug build differ in one flag, FLAG_DEBUGGABLE (build-apk.sh
 * links the debug APK debuggable, the release not, with cleartext forbidden; tools/CheckRelease
 * checks the release APK itself). A release offers no server setting and uses only the https
 * addresses built into it; the debug build keeps the setting for the demo on a laptop.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class ReleaseBuildTest {

    private static Application build(boolean release) {
        Application app = RuntimeEnvironment.getApplication();
        ApplicationInfo info = app.getApplicationInfo();
        info.flags = release ? info.flags & ~ApplicationInfo.FLAG_DEBUGGABLE : info.flags | ApplicationInfo.FLAG_DEBUGGABLE;
        // an address kept from a demo, or written by anything else on the phone
        app.getSharedPreferences("weiyuan", Context.MODE_PRIVATE).edit().putString("server", "http://192.168.1.20:8080")
                .putString("issuer", "http://192.168.1.20:8180/realms/weiyuan").commit();
        return app;
    }

    @Test
    public void theTestedBuildIsTheDebuggableOne() {
        // the manifest the screens are tested with is the debug APK's (build-apk.sh adds android:debuggable)
        assertThat(RuntimeEnvironment.getApplication().getApplicationInfo().flags & ApplicationInfo.FLAG_DEBUGGABLE).isNotZero();
    }

    @Test
    public void aReleaseOffersNoServerSettingAndUsesOnlyItsBuiltInAddresses() throws Exception {
        Application app = build(true);
        LoginActivity login = Robolectric.buildActivity(LoginActivity.class).setup().get();
        assertThat(login.findViewById(R.id.open_settings).getVisibility()).isEqualTo(View.GONE);
        assertThat(login.findViewById(R.id.sign_in).getVisibility()).isEqualTo(View.VISIBLE);
        ScreenTests.screenshot(login, "release-sign-in.zh-CN");

        SettingsActivity settings = Robolectric.buildActivity(SettingsActivity.class).setup().get();
        assertThat(settings.findViewById(R.id.settings_servers).getVisibility()).isEqualTo(View.GONE);

        SessionStore store = new SessionStore(app);
        assertThat(store.server()).isEqualTo(app.getString(R.string.default_server));
        assertThat(store.issuer()).isEqualTo(app.getString(R.string.default_issuer));
    }

    @Test
    public void theDebugBuildKeepsTheServerSettingForTheDemo() {
        Application app = build(false);
        LoginActivity login = Robolectric.buildActivity(LoginActivity.class).setup().get();
        assertThat(login.findViewById(R.id.open_settings).getVisibility()).isEqualTo(View.VISIBLE);
        SettingsActivity settings = Robolectric.buildActivity(SettingsActivity.class).setup().get();
        assertThat(settings.findViewById(R.id.settings_servers).getVisibility()).isEqualTo(View.VISIBLE);
        assertThat(new SessionStore(app).server()).isEqualTo("http://192.168.1.20:8080");
    }
}
