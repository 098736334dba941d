package org.weiyuan.app.ui;

import android.content.Context;
import android.content.pm.ApplicationInfo;

/**
 * Whether this is the release build (发布版): not debuggable. build-apk.sh links the debug APK
 * debuggable and the release APK not, with cleartext HTTP forbidden in its manifest; a release
 * then talks only to the https addresses built into it and offers no server setting, so nobody can
 * point a member's phone at another server.
 */
final class Release {

    private Release() {
    }

    static boolean isRelease(Context context) {
        return (context.getApplicationInfo().flags & ApplicationInfo.FLAG_DEBUGGABLE) == 0;
    }
}
