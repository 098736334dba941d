package org.weiyuan.notify;

import org.weiyuan.notify.Notifications.Device;

/**
 * A push channel (Firebase Cloud Messaging, or a vendor push service where Google services do not
 * reach, as in most of mainland China). The inbox works without any: push only brings the user back.
 */
public interface PushProvider {

    /** A message for one device, already in the device's language. */
    record Message(String title, String body, String deepLink, String kind, String notificationId) { }

    enum Result {
        SENT,
        /** The token is gone (app uninstalled, logged out): delete the device. */
        UNREGISTERED,
        /** Try again later. */
        FAILED
    }

    /** Whether this provider can send at all (e.g. credentials configured). */
    boolean enabled();

    /** Whether it serves this device's platform (e.g. "android-fcm"). */
    boolean serves(Device device);

    Result send(Device device, Message message);
}
