package org.weiyuan.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The union's vendor push relay as the backends see it (what {@code RelayPushProvider} posts to):
 * a real HTTP server on loopback that counts every message it receives, per notification id.
 */
final class PushRelay implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

    private PushRelay(HttpServer server) {
        this.server = server;
    }

    static PushRelay start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        PushRelay relay = new PushRelay(server);
        server.createContext("/push", exchange -> {
            try (exchange) {
                String id = JSON.readTree(exchange.getRequestBody()).get("notificationId").asText();
                relay.received.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
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

    /** How many times this notification arrived, 0 if never. */
    int received(String notificationId) {
        AtomicInteger n = received.get(notificationId);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
