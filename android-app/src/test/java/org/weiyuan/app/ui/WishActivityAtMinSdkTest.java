package org.weiyuan.app.ui;

import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

/**
 * The same journeys as {@link WishActivityTest}, on Android 7.0 (API 24, the app's minSdk): Robolectric's
 * framework for API 24. Native graphics need API 26, so these draw no screenshots (the TalkBack and
 * contrast checks still run). API levels of the calls themselves are checked by Animal Sniffer in
 * the build, since the JVM has every java.* class whatever the level.
 */
@Config(sdk = 24, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.LEGACY)
public class WishActivityAtMinSdkTest extends WishActivityTest {
}
