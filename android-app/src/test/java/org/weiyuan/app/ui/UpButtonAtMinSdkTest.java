package org.weiyuan.app.ui;

import org.robolectric.annotation.Config;

/**
 * {@link UpButtonTest} on Android 7.0 (API 24, the app's minSdk): every screen the manifest declares is
 * made there too, with its toolbar, its labelled up arrow and the way back.
 */
@Config(sdk = 24, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
public class UpButtonAtMinSdkTest extends UpButtonTest {
}
