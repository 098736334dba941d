package org.weiyuan.app.ui;

import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

/** {@link StaffCameraJourneysTest} on Android 7.0 (API 24, minSdk); no screenshots there (native graphics need API 26). */
@Config(sdk = 24, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.LEGACY)
public class StaffCameraJourneysAtMinSdkTest extends StaffCameraJourneysTest {
}
