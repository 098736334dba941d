package org.weiyuan.app.ui;

import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.net.Uri;
import android.os.Build;

import androidx.core.app.NotificationCompat;

import org.weiyuan.app.R;
import org.weiyuan.app.core.ApiException;

import java.io.IOException;
import java.util.Locale;

/**
 * What the app does with push, whatever delivers it: keeps and registers the phone's token, and
 * shows a message that opens its deep link when tapped. The fcm flavour's messaging service only
 * hands Firebase's callbacks to these methods, so everything here is built and tested with the
 * plain app (which polls its inbox instead of receiving pushes).
 */
public final class PushNotices {

    /** The channel the backend's FirebasePushProvider names in every message. */
    public static final String CHANNEL = "weiyuan";

    private PushNotices() { }

    /**
     * A new token from the push service: kept for signing out, and registered with the backend for
     * the signed-in user (after signing in otherwise). Blocking: call it off the main thread.
     */
    public static void tokenChanged(Context context, String token) throws IOException, ApiException {
        SessionStore store = new SessionStore(context);
        store.savePushToken(token);
        register(context, store);
    }

    /** Registers the kept token, if any, for whoever is signed in now. Blocking. */
    static void register(Context context, SessionStore store) throws IOException, ApiException {
        String token = store.pushToken();
        if (token != null && store.session().signedIn()) {
            store.api(context).registerDevice(token, appVersion(context), pushLanguage());
        }
    }

    private static String appVersion(Context context) {
        try {
            return context.getPackageManager().getPackageInfo(context.getPackageName(), 0).versionName;
        } catch (android.content.pm.PackageManager.NameNotFoundException e) {
            return null; // our own package: does not happen
        }
    }

    /**
     * Android 13 and later show pushes only with the user's permission: asked once, on a home screen,
     * and only on a phone that has a push token (the fcm flavour; the plain app has nothing to show).
     */
    static void askToShowIfNeeded(android.app.Activity activity) {
        SessionStore store = new SessionStore(activity);
        if (Build.VERSION.SDK_INT < 33 || store.pushToken() == null || store.askedToNotify()
                || activity.checkSelfPermission(android.Manifest.permission.POST_NOTIFICATIONS)
                        == android.content.pm.PackageManager.PERMISSION_GRANTED) {
            return;
        }
        store.markAskedToNotify();
        activity.requestPermissions(new String[] {android.Manifest.permission.POST_NOTIFICATIONS}, 33);
    }

    /** The language the backend writes this phone's pushes in: English for an English phone, Chinese otherwise. */
    static String pushLanguage() {
        return "en".equals(Locale.getDefault().getLanguage()) ? "en" : "zh-CN";
    }

    /**
     * Shows a message to the signed-in user; tapping it opens the app at the deep link (the inbox when
     * there is none). The notification id is the backend's, so a message delivered twice replaces itself.
     */
    public static void show(Context context, String title, String body, String deepLink, String notificationId) {
        NotificationManager manager = context.getSystemService(NotificationManager.class);
        if (manager == null || !new SessionStore(context).session().signedIn()) {
            // signed out: a message can only be for whoever left (the server may still hold the token
            // if signing out was offline); it stays in their inbox
            return;
        }
        if (Build.VERSION.SDK_INT >= 26) {
            manager.createNotificationChannel(new NotificationChannel(CHANNEL, context.getString(R.string.push_channel),
                    NotificationManager.IMPORTANCE_DEFAULT));
        }
        Intent open = new Intent(Intent.ACTION_VIEW, Uri.parse(deepLink == null ? "weiyuan://inbox" : deepLink),
                context, HomeActivity.class).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK);
        int id = notificationId == null ? 0 : notificationId.hashCode();
        PendingIntent tap = PendingIntent.getActivity(context, id, open, PendingIntent.FLAG_IMMUTABLE | PendingIntent.FLAG_UPDATE_CURRENT);
        manager.notify(notificationId, 0, new NotificationCompat.Builder(context, CHANNEL)
                .setSmallIcon(R.drawable.ic_launcher).setContentTitle(title).setContentText(body)
                .setStyle(new NotificationCompat.BigTextStyle().bigText(body)) // older readers get the whole text
                .setAutoCancel(true).setContentIntent(tap).build());
    }
}
