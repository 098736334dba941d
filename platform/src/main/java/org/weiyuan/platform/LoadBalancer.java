package org.weiyuan.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HAProxy from the distribution (Debian's {@code haproxy} package) in front of several backend
 * replicas on one loopback address: round-robin, each replica's readiness checked every second
 * (down after three failed checks, each allowed 3 s), connection failures retried on another replica. Every answer names the replica that
 * gave it ({@code X-Weiyuan-Replica}), so a test can see both were used.
 */
final class LoadBalancer implements AutoCloseable {

    static final String REPLICA_HEADER = "X-Weiyuan-Replica";

    private final ChildProcess haproxy;
    private final int port;

    private LoadBalancer(ChildProcess haproxy, int port) {
        this.haproxy = haproxy;
        this.port = port;
    }

    /** The haproxy binary: {@code WEIYUAN_HAPROXY}, else on the PATH or in /usr/sbin (Debian's place). */
    static Path binary() {
        String configured = System.getenv("WEIYUAN_HAPROXY");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin";
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "haproxy");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("HAProxy not found: install Debian's haproxy (./weiyuan test does when it runs as root), "
                + "or set WEIYUAN_HAPROXY");
    }

    /** The configuration for {@code replicas} (name → port) behind 127.0.0.1:{@code port}. */
    static String config(int port, Map<String, Integer> replicas) {
        String servers = replicas.entrySet().stream()
                .map(r -> "  server " + r.getKey() + " 127.0.0.1:" + r.getValue() + " check")
                .collect(Collectors.joining("\n"));
        return String.join("\n",
                "global",
                "  maxconn 1024",
                "defaults",
                "  mode http",
                "  timeout connect 2s",
                "  timeout client 60s",
                "  timeout server 60s",
                // a refused connection (a dead replica) is tried again, on another replica
                "  retries 3",
                "  option redispatch",
                "frontend weiyuan",
                "  bind 127.0.0.1:" + port,
                "  default_backend replicas",
                "backend replicas",
                "  balance roundrobin",
                "  option httpchk",
                "  http-check send meth GET uri /q/health/ready",
                // A busy replica answers its readiness check late, not never: with HAProxy's default
                // (the check's timeout = inter = 500 ms, down after 2) both replicas of the province
                // bench flapped down under load and HAProxy itself answered 503. A dead replica is
                // still left at once: its refused connections are retried on the other (above).
                "  timeout check 3s",
                "  default-server inter 1s fall 3 rise 2",
                "  http-response set-header " + REPLICA_HEADER + " %s",
                servers,
                "");
    }

    static LoadBalancer start(Path dir, int port, Map<String, Integer> replicas) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path cfg = dir.resolve("haproxy.cfg");
        Files.writeString(cfg, config(port, replicas));
        // -db: stay in the foreground, so stopping the child stops HAProxy
        ChildProcess haproxy = ChildProcess.start("HAProxy", List.of(binary().toString(), "-db", "-f", cfg.toString()),
                Map.of(), dir, dir.resolve("haproxy.log"));
        LoadBalancer lb = new LoadBalancer(haproxy, port);
        try {
            haproxy.awaitHttpOk(lb.url() + "/q/health/ready", Duration.ofSeconds(30));
            return lb;
        } catch (RuntimeException e) {
            haproxy.close();
            throw e;
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        haproxy.close();
    }
}
