package org.weiyuan.app.push;

import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Intent;
import android.net.Uri;
import android.os.Build;

import androidx.core.app.NotificationCompat;

import com.google.firebase.messaging.FirebaseMessagingService;
import com.google.firebase.messaging.RemoteMessage;

import org.json.JSONObject;

import java.util.Locale;

/**
 * The "fcm" flavour's push (Gradle only: the Firebase client is not on Maven Central, so the Maven
 * build makes the plain app, which polls its inbox). It registers the token with the backend and
 * shows each message in the "weiyuan" channel; tapping it opens the message's deep link.
 */
public class WeiyuanMessagingService extends FirebaseMessagingService {

    static final String CHANNEL = "weiyuan"; // the backend's FirebasePushProvider sends to this channel

    @Override
    public void onNewToken(String token) {
        // PUT /api/v1/devices {platform: android-fcm, token, appVersion, language}, signed as the current user
        new Thread(() -> {
            try {
                JSONObject body = new JSONObject().put("platform", "android-fcm").put("token", token)
                        .put("language", Locale.getDefault().getLanguage().equals("en") ? "en" : "zh-CN");
                DeviceRegistration.register(this, body.toString());
            } catch (Exception e) {
                // registered again with the next token or at the next sign-in
            }
        }).start();
    }

    @Override
    public void onMessageReceived(RemoteMessage message) {
        RemoteMessage.Notification n = message.getNotification();
        String link = message.getData().get("deepLink");
        NotificationManager manager = getSystemService(NotificationManager.class);
        if (n == null || manager == null) {
            return;
        }
        if (Build.VERSION.SDK_INT >= 26) {
            manager.createNotificationChannel(new NotificationChannel(CHANNEL, "微愿", NotificationManager.IMPORTANCE_DEFAULT));
        }
        Intent open = new Intent(Intent.ACTION_VIEW, Uri.parse(link == null ? "weiyuan://inbox" : link)).setPackage(getPackageName());
        PendingIntent tap = PendingIntent.getActivity(this, 0, open, PendingIntent.FLAG_IMMUTABLE | PendingIntent.FLAG_UPDATE_CURRENT);
        String id = message.getData().get("notificationId");
        manager.notify(id == null ? 0 : id.hashCode(), new NotificationCompat.Builder(this, CHANNEL)
                .setSmallIcon(android.R.drawable.stat_notify_chat).setContentTitle(n.getTitle()).setContentText(n.getBody())
                .setAutoCancel(true).setContentIntent(tap).build());
    }
}
