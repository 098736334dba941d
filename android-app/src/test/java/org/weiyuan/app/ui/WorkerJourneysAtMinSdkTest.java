package org.weiyuan.app.ui;

import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

/** The worker's own journeys of {@link WorkerJourneysTest} on Android 7.0 (API 24, minSdk); no screenshots there. */
@Config(sdk = 24, qualifiers = "zh-rCN-w360dp-h640dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.LEGACY)
public class WorkerJourneysAtMinSdkTest extends WorkerJourneysTest {
}
