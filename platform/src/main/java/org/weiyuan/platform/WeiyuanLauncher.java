package org.weiyuan.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code ./weiyuan run}: starts PostgreSQL, Keycloak and the backend, prints where they are and
 * who can sign in, and stops everything on Ctrl-C.
 *
 * <p>Options: {@code --reset} wipes the data directory first (fresh demo data);
 * {@code --backend-jvm-options} prints the JVM options a backend would be started with and exits; ports come from
 * WEIYUAN_PORT (8080), WEIYUAN_KEYCLOAK_PORT (8180), WEIYUAN_DB_PORT (54329); the data directory
 * from WEIYUAN_DATA_DIR (.weiyuan/ in the checkout).
 *
 * <p>For the benchmarks (bench/wishes-bench.sh), started the way the two-replica test starts
 * them: WEIYUAN_REPLICA_PORT starts a second backend replica on the same PostgreSQL and Keycloak,
 * WEIYUAN_LB_PORT puts HAProxy in front of both (round-robin, on 127.0.0.1), and
 * WEIYUAN_DELAYED_REPLICA_PORT starts one more replica, outside the load balancer, that waits
 * WEIYUAN_DELAYED_REPLICA_DELAY (default PT0.005S) on PostgreSQL inside every pledge transaction
 * (a stand-in for network round trips).
 */
public final class WeiyuanLauncher {

    private WeiyuanLauncher() { }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("weiyuan.repo.root", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(env("WEIYUAN_DATA_DIR", root.resolve(".weiyuan").toString())).toAbsolutePath();
        boolean reset = false;
        for (String arg : args) {
            if (arg.equals("--reset")) {
                reset = true;
            } else if (arg.equals("--backend-jvm-options")) {
                // what a backend started now would get (bench/startup-bench.sh reads it)
                System.out.println(String.join(" ", Platform.backendJvmOptions(runConfig(root, dataDir).backendAotCache())));
                return;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println("usage: ./weiyuan run [--reset]   (--reset: wipe " + dataDir + " and reload the demo data)");
                return;
            } else {
                System.err.println("unknown option " + arg + "; try --help");
                System.exit(2);
            }
        }
        if (reset) {
            deleteRecursively(dataDir);
        }
        PlatformConfig config = runConfig(root, dataDir);

        Platform platform = Platform.start(config);
        List<AutoCloseable> extras = new ArrayList<>();
        try {
            startBenchExtras(platform, config, extras);
        } catch (Exception | Error e) {
            closeAll(extras);
            platform.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeAll(extras);
            platform.close();
            stopped.countDown();
        }, "weiyuan-shutdown"));
        printWelcome(config, platform.mail());
        stopped.await();
    }

    /** The benchmarks' extra replicas and load balancer (see the class comment); nothing unless asked. */
    private static void startBenchExtras(Platform platform, PlatformConfig config, List<AutoCloseable> extras) throws Exception {
        String replicaPort = env("WEIYUAN_REPLICA_PORT", "");
        if (!replicaPort.isEmpty()) {
            int port = Integer.parseInt(replicaPort);
            extras.add(platform.startReplica("backend-b", port));
            Platform.log("Backend replica b on port " + port);
            String lbPort = env("WEIYUAN_LB_PORT", "");
            if (!lbPort.isEmpty()) {
                LoadBalancer lb = LoadBalancer.start(config.logDir().resolve("haproxy"), Integer.parseInt(lbPort),
                        Map.of("a", config.backendPort(), "b", port));
                extras.add(lb);
                Platform.log("HAProxy (replicas a and b, round-robin) on " + lb.url());
            }
        }
        String delayedPort = env("WEIYUAN_DELAYED_REPLICA_PORT", "");
        if (!delayedPort.isEmpty()) {
            String delay = env("WEIYUAN_DELAYED_REPLICA_DELAY", "PT0.005S");
            extras.add(platform.startReplica("backend-delayed", Integer.parseInt(delayedPort),
                    Map.of("WEIYUAN_SERVER_BENCH_IN_TRANSACTION_DELAY", delay)));
            Platform.log("Backend replica with " + delay + " inside every pledge transaction on port " + delayedPort);
        }
    }

    /** Newest first, as {@link Platform#close()} does. */
    private static void closeAll(List<AutoCloseable> extras) {
        for (int i = extras.size() - 1; i >= 0; i--) {
            try {
                extras.get(i).close();
            } catch (Exception e) {
                System.err.println("stopping " + extras.get(i) + ": " + e.getMessage());
            }
        }
    }

    /** What {@code ./weiyuan run} starts: a real installation, so PostgreSQL runs durable. */
    static PlatformConfig runConfig(Path root, Path dataDir) {
        return new PlatformConfig(root, dataDir,
                Integer.parseInt(env("WEIYUAN_DB_PORT", "54329")),
                Integer.parseInt(env("WEIYUAN_KEYCLOAK_PORT", "8180")),
                Integer.parseInt(env("WEIYUAN_PORT", "8080")),
                true, true);
    }

    private static void printWelcome(PlatformConfig config, Mail mail) throws Exception {
        StringBuilder s = new StringBuilder("\n微愿 Weiyuan is running. 平台已启动。\n\n");
        s.append("  API                ").append(config.backendUrl()).append("/api/v1\n");
        s.append("  Swagger UI         ").append(config.backendUrl()).append("/q/swagger-ui\n");
        s.append("  OpenAPI            ").append(config.backendUrl()).append("/q/openapi\n");
        s.append("  Health             ").append(config.backendUrl()).append("/q/health/ready\n");
        s.append("  Keycloak (realm)   ").append(config.issuer()).append("\n");
        s.append("  Keycloak admin     ").append(config.keycloakUrl()).append("/admin  (admin / admin)\n");
        s.append("  Public pages       ").append(config.backendUrl()).append("/\n");
        s.append("  Mail (GreenMail)   SMTP 127.0.0.1:").append(mail.smtpPort()).append(", POP3 127.0.0.1:").append(mail.pop3Port())
                .append("  (a self-registered donor's verification mail; login = password = the address)\n");
        s.append("  Logs               ").append(config.logDir()).append("\n\n");
        s.append("Demo accounts 演示账号 (password 密码: weiyuan123):\n");
        JsonNode users = new ObjectMapper().readTree(config.seedDir().resolve("users.json").toFile()).get("users");
        for (JsonNode u : users) {
            s.append(String.format("  %-15s %-7s %s%n", u.get("username").asText(), u.get("role").asText(), u.get("name").asText()));
        }
        s.append("\nPress Ctrl-C to stop everything. 按 Ctrl-C 停止。\n");
        System.out.println(s);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
