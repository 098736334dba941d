package org.weiyuan.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The union's vendor push relay as the backends see it (what {@code RelayPushProvider} posts to):
 * a real HTTP server on loopback that counts every message it receives, per notification id, and
 * keeps the set a real relay dedupes on (the {@code Idempotency-Key}: the first arrival of a key is
 * delivered to the phone, repeats are dropped). A backend may be given its own path
 * ({@code /push/<name>}) so the test sees which replica sent what; {@link #hold()} makes it stop
 * answering (a stuck vendor connection: messages arrive and are counted, their senders wait).
 */
final class PushRelay implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(32);
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    /** What the relay hands on to phones: each Idempotency-Key once, in order of first arrival. */
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    /** Arrivals per sender path ("" for /push, "b" for /push/b). */
    private final Map<String, AtomicInteger> bySender = new ConcurrentHashMap<>();
    /** Messages whose key differs from their notification id (must stay empty). */
    private final Set<String> mismatchedKeys = ConcurrentHashMap.newKeySet();
    private volatile CountDownLatch held = new CountDownLatch(0);
    /** Per sender, the notifications that arrived while the relay held its answers (never answered to that sender). */
    private final Map<String, Set<String>> heldBySender = new ConcurrentHashMap<>();

    private PushRelay(HttpServer server) {
        this.server = server;
    }

    static PushRelay start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        PushRelay relay = new PushRelay(server);
        server.createContext("/push", exchange -> {
            try (exchange) {
                String id = JSON.readTree(exchange.getRequestBody()).get("notificationId").asText();
                String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                String sender = exchange.getRequestURI().getPath().substring("/push".length()).replace("/", "");
                relay.received.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                relay.bySender.computeIfAbsent(sender, k -> new AtomicInteger()).incrementAndGet();
                if (!id.equals(key)) {
                    relay.mismatchedKeys.add(id + " sent with key " + key);
                }
                relay.delivered.add(key == null ? "(no key) " + id : key);
                CountDownLatch latch = relay.held;
                if (latch.getCount() > 0) {
                    relay.heldBySender.computeIfAbsent(sender, k -> ConcurrentHashMap.newKeySet()).add(id);
                }
                try {
                    latch.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(202, -1);
            }
        });
        server.setExecutor(relay.threads);
        server.start();
        return relay;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/push";
    }

    /** The URL for one named sender (a replica), counted apart. */
    String url(String sender) {
        return url() + "/" + sender;
    }

    /** From now on messages are received (and counted) but not answered until {@link #release()}. */
    void hold() {
        held = new CountDownLatch(1);
    }

    void release() {
        held.countDown();
    }

    /** Messages that arrived from this sender (its path), held or not. */
    int arrivalsFrom(String sender) {
        AtomicInteger n = bySender.get(sender);
        return n == null ? 0 : n.get();
    }

    /** The notifications this sender sent while the relay held its answers, whatever their kind. */
    Set<String> heldFrom(String sender) {
        return Set.copyOf(heldBySender.getOrDefault(sender, Set.of()));
    }

    /** Whether the relay's dedupe set (what reaches phones) holds this notification. */
    boolean delivered(String notificationId) {
        return delivered.contains(notificationId);
    }

    Set<String> mismatchedKeys() {
        return Set.copyOf(mismatchedKeys);
    }

    /** How many times this notification arrived, 0 if never. */
    int received(String notificationId) {
        AtomicInteger n = received.get(notificationId);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
