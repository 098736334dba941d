package org.weiyuan.app.ui;

import android.content.Context;
import android.net.ConnectivityManager;
import android.net.Network;
import android.os.Handler;
import android.os.Looper;

/** Runs something on the main thread each time the phone's network comes (back); stopped with its screen. */
final class WhenOnline {

    private final ConnectivityManager cm;
    private final ConnectivityManager.NetworkCallback callback;

    WhenOnline(Context context, Runnable onMainThread) {
        cm = context.getSystemService(ConnectivityManager.class);
        Handler main = new Handler(Looper.getMainLooper());
        callback = new ConnectivityManager.NetworkCallback() {
            @Override
            public void onAvailable(Network network) {
                main.post(onMainThread);
            }
        };
        if (cm != null) {
            cm.registerDefaultNetworkCallback(callback);
        }
    }

    void stop() {
        if (cm != null) {
            cm.unregisterNetworkCallback(callback);
        }
    }
}
