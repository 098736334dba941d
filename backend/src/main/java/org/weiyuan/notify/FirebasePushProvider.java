package org.weiyuan.notify;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.messaging.AndroidConfig;
import com.google.firebase.messaging.AndroidNotification;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.MessagingErrorCode;
import com.google.firebase.messaging.Notification;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.weiyuan.notify.Notifications.Device;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Push through Firebase Cloud Messaging with the Firebase Admin SDK, for Android phones with Google
 * services ({@code android-fcm} devices). Off unless a service-account key is configured
 * ({@code weiyuan.notify.push.firebase.credentials}, which defaults to {@code GOOGLE_APPLICATION_CREDENTIALS}):
 * the inbox carries every notification without it.
 */
@ApplicationScoped
public class FirebasePushProvider implements PushProvider {

    private static final Logger LOG = Logger.getLogger(FirebasePushProvider.class);
    static final String PLATFORM = "android-fcm";
    /** Android notification channel the app creates for Weiyuan messages. */
    static final String CHANNEL = "weiyuan";

    Optional<String> credentialsPath = Optional.empty();
    Optional<String> projectId = Optional.empty();

    private FirebaseMessaging messaging;

    /** Off: no credentials (tests). */
    public FirebasePushProvider() {
    }

    @jakarta.inject.Inject
    public FirebasePushProvider(NotifyConfig config) {
        this.credentialsPath = config.push().firebase().credentials();
        this.projectId = config.push().firebase().projectId();
    }

    /** For a messaging client built elsewhere (tests build one over a mock HTTP transport). */
    FirebasePushProvider(FirebaseMessaging messaging) {
        this.messaging = messaging;
    }

    @PostConstruct
    void start() {
        Optional<Path> key = credentialsPath.filter(p -> !p.isBlank()).map(Path::of);
        if (key.isEmpty()) {
            LOG.info("Firebase push is off: no credentials configured (inbox only)");
            return;
        }
        try (InputStream in = Files.newInputStream(key.get())) {
            FirebaseOptions.Builder options = FirebaseOptions.builder().setCredentials(GoogleCredentials.fromStream(in));
            projectId.filter(p -> !p.isBlank()).ifPresent(options::setProjectId);
            messaging = FirebaseMessaging.getInstance(FirebaseApp.initializeApp(options.build(), "weiyuan"));
            LOG.info("Firebase push is on");
        } catch (IOException | RuntimeException e) {
            // a bad key must not stop the platform: notifications still reach the inbox
            LOG.errorf("Firebase push is off: cannot read credentials %s: %s", key.get(), e.getMessage());
        }
    }

    @Override
    public boolean enabled() {
        return messaging != null;
    }

    @Override
    public boolean serves(Device device) {
        return PLATFORM.equals(device.platform);
    }

    @Override
    public Result send(Device device, PushProvider.Message message) {
        try {
            messaging.send(toFcm(device.token, message));
            return Result.SENT;
        } catch (FirebaseMessagingException e) {
            return classify(e.getMessagingErrorCode(), e.getMessage());
        }
    }

    /** A notification message (shown by the system when the app is in the background) plus data for the app. */
    static com.google.firebase.messaging.Message toFcm(String token, PushProvider.Message m) {
        return com.google.firebase.messaging.Message.builder()
                .setToken(token)
                .setNotification(Notification.builder().setTitle(m.title()).setBody(m.body()).build())
                .putData("deepLink", m.deepLink())
                .putData("kind", m.kind())
                .putData("notificationId", m.notificationId())
                .setAndroidConfig(AndroidConfig.builder()
                        .setPriority(AndroidConfig.Priority.HIGH)
                        // the same notification twice (a redelivery) replaces, not stacks
                        .setCollapseKey(m.notificationId())
                        .setNotification(AndroidNotification.builder().setChannelId(CHANNEL).setTag(m.notificationId()).build())
                        .build())
                .build();
    }

    /** Which FCM errors mean the token is dead (delete the device) and which are worth a retry. */
    static Result classify(MessagingErrorCode code, String message) {
        if (code == MessagingErrorCode.UNREGISTERED || code == MessagingErrorCode.SENDER_ID_MISMATCH) {
            return Result.UNREGISTERED;
        }
        if (code == MessagingErrorCode.INVALID_ARGUMENT && message != null && message.contains("registration token")) {
            return Result.UNREGISTERED; // "The registration token is not a valid FCM registration token"
        }
        return Result.FAILED;
    }
}
