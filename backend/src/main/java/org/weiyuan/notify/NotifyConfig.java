package org.weiyuan.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * Every setting of notifications (消息通知) in one place, with its default: quiet hours, the push
 * outbox and the push channels. Unknown names under {@code weiyuan.notify} fail the start.
 * The operator-facing environment variables stay as they were (application.properties maps them).
 */
@ConfigMapping(prefix = "weiyuan.notify")
public interface NotifyConfig {

    /** Quiet hours (免打扰) for users who set none, China time, {@code HH:mm-HH:mm} or {@code none}. */
    @WithDefault("22:00-07:00")
    String defaultQuietHours();

    Outbox outbox();

    Push push();

    /** The push outbox (see {@link OutboxDispatcher}). */
    interface Outbox {
        /** How often a replica looks for due deliveries ({@code off} in tests, which dispatch by hand). */
        @WithDefault("2s")
        String every();

        /** A delivery failing this often is parked for the operators. */
        @WithDefault("8")
        int maxAttempts();

        /** The first retry's delay; it doubles per attempt (with jitter), at most an hour. */
        @WithDefault("PT5S")
        Duration backoff();

        /** How long a claimed row stays leased; a replica killed mid-batch leaves its rows to be resent after it. */
        @WithDefault("PT60S")
        Duration lease();
    }

    interface Push {
        Firebase firebase();

        Relay relay();

        /** Firebase Cloud Messaging: off without a service-account key file. */
        interface Firebase {
            Optional<String> credentials();

            Optional<String> projectId();
        }

        /** The union's relay to the vendor push services: off without its URL. */
        interface Relay {
            Optional<String> url();

            Optional<String> token();
        }
    }
}
