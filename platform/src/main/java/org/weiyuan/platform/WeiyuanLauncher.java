package org.weiyuan.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code ./weiyuan run}: starts PostgreSQL, Keycloak and the backend, prints where they are and
 * who can sign in, and stops everything on Ctrl-C.
 *
 * <p>Options: {@code --reset} wipes the data directory first (fresh demo data); ports come from
 * WEIYUAN_PORT (8080), WEIYUAN_KEYCLOAK_PORT (8180), WEIYUAN_DB_PORT (54329); the data directory
 * from WEIYUAN_DATA_DIR (.weiyuan/ in the checkout).
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
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "weiyuan-shutdown"));
        printWelcome(config, platform.mail());
        stopped.await();
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
