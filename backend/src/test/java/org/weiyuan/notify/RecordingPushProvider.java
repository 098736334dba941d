package org.weiyuan.notify;

import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.notify.Notifications.Device;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for a push service in tests, for devices registered with platform "test": records what
 * it was asked to send; tokens starting "gone-" answer unregistered; "flaky-N-" fail N times first.
 */
@ApplicationScoped
public class RecordingPushProvider implements PushProvider {

    // read through methods: a field read on the injected client proxy would see the proxy's own copy
    private final Map<String, AtomicInteger> sendsPerNotification = new ConcurrentHashMap<>();
    private final List<Message> messages = new CopyOnWriteArrayList<>();

    /** How many times this notification was sent, 0 if never. */
    public int sends(String notificationId) {
        AtomicInteger n = sendsPerNotification.get(notificationId);
        return n == null ? 0 : n.get();
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public boolean serves(Device device) {
        return "test".equals(device.platform);
    }

    @Override
    public Result send(Device device, Message message) {
        if (device.token.startsWith("gone-")) {
            return Result.UNREGISTERED;
        }
        if (device.token.startsWith("flaky-")) {
            int n = Integer.parseInt(device.token.split("-")[1]);
            if (failuresLeft.computeIfAbsent(device.token + message.notificationId(), k -> new AtomicInteger(n))
                    .getAndDecrement() > 0) {
                return Result.FAILED;
            }
        }
        sendsPerNotification.computeIfAbsent(message.notificationId(), k -> new AtomicInteger()).incrementAndGet();
        messages.add(message);
        return Result.SENT;
    }
}
