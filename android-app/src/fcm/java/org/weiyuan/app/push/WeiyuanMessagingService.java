package org.weiyuan.app.push;

import com.google.firebase.messaging.FirebaseMessagingService;
import com.google.firebase.messaging.RemoteMessage;

import org.weiyuan.app.ui.PushNotices;

/**
 * The "fcm" flavour's push (Gradle only: the Firebase client is not on Maven Central, so the Maven
 * build makes the plain app, which polls its inbox). It only hands Firebase's callbacks to
 * {@link PushNotices}, which is built and tested with the plain app.
 */
public class WeiyuanMessagingService extends FirebaseMessagingService {

    /** Firebase calls this on a background thread, so registering may block. */
    @Override
    public void onNewToken(String token) {
        try {
            PushNotices.tokenChanged(this, token);
        } catch (Exception e) {
            // kept on the phone: registered again at the next sign-in or with the next token
        }
    }

    @Override
    public void onMessageReceived(RemoteMessage message) {
        RemoteMessage.Notification n = message.getNotification();
        if (n != null) {
            PushNotices.show(this, n.getTitle(), n.getBody(), message.getData().get("deepLink"), message.getData().get("notificationId"));
        }
    }
}
