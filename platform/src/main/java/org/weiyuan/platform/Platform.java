package org.weiyuan.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The whole platform on one machine: PostgreSQL, the mail server (GreenMail), then Keycloak
 * (importing the weiyuan realm on first start), then the backend against both. {@link #close()} stops all of it, newest first.
 */
public final class Platform implements AutoCloseable {

    private final PlatformConfig config;
    /** Extra environment for every backend process (a test's push relay, quiet hours). */
    private final Map<String, String> backendEnv;
    private Database database;
    private Mail mail;
    private ChildProcess keycloak;
    private ChildProcess backend;

    private Platform(PlatformConfig config, Map<String, String> backendEnv) {
        this.config = config;
        this.backendEnv = Map.copyOf(backendEnv);
    }

    public static Platform start(PlatformConfig config) throws Exception {
        return start(config, Map.of());
    }

    /** As {@link #start(PlatformConfig)}, with extra environment for the backend (and any replica started later). */
    public static Platform start(PlatformConfig config, Map<String, String> backendEnv) throws Exception {
        Platform platform = new Platform(config, backendEnv);
        try {
            platform.startAll();
            return platform;
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        requireFile(config.backendJar(), "Build the backend first: ./mvnw -DskipTests package");
        requireFile(config.keycloakHome().resolve("bin/kc.sh"), "Keycloak is unpacked by the platform module's build: ./mvnw -DskipTests package");
        requireFile(config.realmFile(), "The realm export keycloak/weiyuan-realm.json is missing");
        Files.createDirectories(config.logDir());

        log("PostgreSQL 数据库 starting on port " + config.postgresPort() + " (data in " + config.dataDir().resolve("postgres")
                + (config.durable() ? ", durable: fsync and synchronous commit on)" : ", NOT durable: fsync off, for tests)"));
        database = Database.start(config.dataDir(), config.postgresPort(), config.durable());

        mail = Mail.start(smtpPort(), freeOr("WEIYUAN_POP3_PORT"));
        log("Mail 邮件 (GreenMail) SMTP on 127.0.0.1:" + mail.smtpPort() + ", read over POP3 on 127.0.0.1:" + mail.pop3Port()
                + " (login and password: the address); nothing leaves this machine");

        log("Keycloak 身份认证 starting on port " + config.keycloakPort() + " (first start takes a minute)");
        keycloak = startKeycloak();
        keycloak.awaitHttpOk(config.issuer() + "/.well-known/openid-configuration", startTimeout(Duration.ofMinutes(10))); // generous: on a loaded 2-core machine its first start took over 5

        log("Backend 后端 starting on port " + config.backendPort());
        backend = startBackend("Backend", config.backendPort(), config.loadSeeds(), "backend.log");
        backend.awaitHttpOk(config.backendUrl() + "/q/health/ready", startTimeout(Duration.ofMinutes(5)));
    }

    /**
     * Another backend process on the same PostgreSQL and Keycloak (a second replica), on
     * {@code port}, ready when this returns; the caller stops it. It loads no seeds (the first
     * backend did) and logs to {@code <name>.log}.
     */
    ChildProcess startReplica(String name, int port) throws Exception {
        return startReplica(name, port, Map.of());
    }

    /** As {@link #startReplica(String, int)}, with extra environment for this replica only (a bench's simulated latency). */
    ChildProcess startReplica(String name, int port, Map<String, String> extraEnv) throws Exception {
        ChildProcess replica = startBackend(name, port, false, name + ".log", extraEnv);
        try {
            replica.awaitHttpOk("http://localhost:" + port + "/q/health/ready", startTimeout(Duration.ofMinutes(3)));
            return replica;
        } catch (Exception | Error e) {
            replica.close();
            throw e;
        }
    }

    /**
     * The realm as exported names the backend at port 8080 (the console's redirect and web
     * origins); a backend on another port (the end-to-end test's free port) gets those rewritten.
     */
    /**
     * How long Keycloak or a backend may take to become ready: {@code fallback}, or WEIYUAN_START_TIMEOUT_MINUTES
     * if longer (on a 2-core machine shared with other builds the first start, with the seeds, took
     * over five minutes).
     */
    static Duration startTimeout(Duration fallback) {
        String minutes = System.getenv("WEIYUAN_START_TIMEOUT_MINUTES");
        if (minutes == null || minutes.isBlank()) {
            return fallback;
        }
        Duration configured = Duration.ofMinutes(Long.parseLong(minutes.trim()));
        return configured.compareTo(fallback) > 0 ? configured : fallback;
    }

    static String realmFor(String realmJson, int backendPort) {
        if (backendPort == 8080) {
            return realmJson;
        }
        return realmJson.replace("http://localhost:8080/", "http://localhost:" + backendPort + "/")
                .replace("http://127.0.0.1:8080/", "http://127.0.0.1:" + backendPort + "/");
    }

    /** Where the realm file names the onboarding client's secret (Keycloak's own env-variable syntax). */
    static final String ONBOARDING_SECRET_PLACEHOLDER = "${WEIYUAN_ONBOARDING_SECRET}";

    private ChildProcess startKeycloak() throws IOException {
        Path home = config.keycloakHome();
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        // the onboarding service account's secret is made per installation, like the encryption keys
        Files.writeString(imports.resolve("weiyuan-realm.json"), realmFor(Files.readString(config.realmFile()), config.backendPort())
                .replace(ONBOARDING_SECRET_PLACEHOLDER, installationKeys().getProperty("onboarding.secret"))
                .replace(Mail.SMTP_PORT_PLACEHOLDER, String.valueOf(mail.smtpPort())));
        int managementPort = freePort();
        log("Keycloak management (health) on port " + managementPort);
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + config.keycloakPort(),
                // health and metrics live on the management port, 9000 unless told: a second
                // Keycloak on the machine (another checkout, a test run) would fail to start
                "--http-management-port=" + managementPort,
                "--import-realm",
                "--db=postgres",
                "--db-url=" + database.jdbcUrl("keycloak"),
                "--db-username=" + Database.USER,
                "--db-password=" + Database.PASSWORD,
                "--health-enabled=true");
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("JAVA_OPTS_KC_HEAP", "-Xms256m -Xmx768m");
        return ChildProcess.start("Keycloak", command, env, home, config.logDir().resolve("keycloak.log"));
    }

    private ChildProcess startBackend(String name, int port, boolean loadSeeds, String logFile) throws IOException {
        return startBackend(name, port, loadSeeds, logFile, Map.of());
    }

    private ChildProcess startBackend(String name, int port, boolean loadSeeds, String logFile, Map<String, String> extraEnv) throws IOException {
        Properties keys = installationKeys();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(backendJvmOptions(config.backendAotCache()));
        command.addAll(List.of("-jar", config.backendJar().toString()));
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // two malloc arenas instead of eight per core: the JVM's own native allocations stay in fewer, fuller pages
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("WEIYUAN_DB_USER", Database.USER);
        env.put("WEIYUAN_DB_PASSWORD", Database.PASSWORD);
        env.put("WEIYUAN_DB_REACTIVE_URL", database.reactiveUrl("weiyuan"));
        env.put("WEIYUAN_DB_JDBC_URL", database.jdbcUrl("weiyuan"));
        env.put("WEIYUAN_OIDC_URL", config.issuer());
        env.put("WEIYUAN_PII_KEY", keys.getProperty("pii.key"));
        env.put("WEIYUAN_PII_INDEX_KEY", keys.getProperty("pii.index-key"));
        env.put("WEIYUAN_SANDBOX_SECRET", keys.getProperty("sandbox.secret"));
        // onboarding workers without a smartphone: the Keycloak admin API as the weiyuan-onboarding service account
        env.put("WEIYUAN_KEYCLOAK_ADMIN_URL", config.keycloakUrl());
        env.put("WEIYUAN_ONBOARDING_SECRET", keys.getProperty("onboarding.secret"));
        if (loadSeeds) {
            env.put("WEIYUAN_SEED_DIR", config.seedDir().toString());
        }
        env.putAll(backendEnv);
        env.putAll(extraEnv);
        return ChildProcess.start(name, command, env, config.repoRoot(), config.logDir().resolve(logFile));
    }

    /**
     * The backend's JVM options unless told otherwise: the serial collector on a heap that starts at
     * 64 MB and is kept close to what is live (at most 20 % free after a collection: ~40 MB were live
     * under load, and G1 with a 512 MB heap made most of the 470 MB resident before), still allowed to
     * grow to 384 MB for the invariant checks that read every ledger line; compact object headers
     * (JEP 519: 8 bytes less per object); glibc's freed memory handed back every 5 s (it keeps it
     * otherwise: 48 MB after a load, 18 MB with the trim); caps on metaspace and the code cache, so
     * that a leak of classes or compiled code fails loudly instead of growing; smaller thread stacks.
     * See docs/benchmarks.md, "Start to ready and resident memory" (session 12). The Kubernetes
     * Deployment passes the same options (backend application.properties, KubernetesManifestsTest).
     */
    static final List<String> DEFAULT_BACKEND_JVM_OPTIONS = List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20", "-Xss512k", "-XX:+UseCompactObjectHeaders",
            "-XX:TrimNativeHeapInterval=5000", "-XX:MaxMetaspaceSize=256m", "-XX:ReservedCodeCacheSize=96m");

    /**
     * The first JDK that knows an option of {@link #DEFAULT_BACKEND_JVM_OPTIONS} where it is younger than
     * the JDK 21 the backend supports: an older JVM refuses to start on an option it does not know.
     */
    static final Map<String, Integer> SINCE_JDK = Map.of("-XX:+UseCompactObjectHeaders", 25, "-XX:TrimNativeHeapInterval=5000", 22);
    /** The JDK AOT cache (-XX:AOTCache) came with JDK 24 (JEP 483). */
    static final int AOT_CACHE_SINCE_JDK = 24;

    /**
     * The backend's JVM options: {@code WEIYUAN_BACKEND_JAVA_OPTS} (space-separated) if set, used as
     * given; else {@link #DEFAULT_BACKEND_JVM_OPTIONS} that the running JDK ({@code jdk}, its feature
     * version) knows, with the JDK's AOT cache when the build or an operator made one ({@code aotCache};
     * a cache that no longer matches the jar is ignored by the JVM with a warning).
     */
    static List<String> backendJvmOptions(Path aotCache) {
        return backendJvmOptions(System.getenv("WEIYUAN_BACKEND_JAVA_OPTS"), aotCache, Runtime.version().feature());
    }

    static List<String> backendJvmOptions(String fromEnv, Path aotCache, int jdk) {
        if (fromEnv != null && !fromEnv.isBlank()) {
            return List.of(fromEnv.trim().split("\\s+"));
        }
        List<String> options = new ArrayList<>(DEFAULT_BACKEND_JVM_OPTIONS);
        options.removeIf(option -> SINCE_JDK.getOrDefault(option, 0) > jdk);
        if (jdk >= AOT_CACHE_SINCE_JDK && aotCache != null && Files.isRegularFile(aotCache)) {
            options.add("-XX:AOTCache=" + aotCache);
        }
        return List.copyOf(options);
    }

    /**
     * A fresh 256-bit key. The onboarding client's secret is URL-safe base64: the Keycloak admin
     * client sends it in HTTP Basic auth without form-encoding it, and Keycloak form-decodes what it
     * gets (RFC 6749 2.3.1), so a '+' in the secret arrives as a space and every call is refused
     * (about half of all standard-base64 secrets hold a '+': onboarding failed in one run in two).
     */
    static String newKey(String name, SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return "onboarding.secret".equals(name)
                ? Base64.getUrlEncoder().withoutPadding().encodeToString(key)
                : Base64.getEncoder().encodeToString(key);
    }

    /**
     * Encryption keys of this installation, made once and kept beside the data they protect
     * (readable by the owner only). Production gives the backend its keys from a secret store.
     */
    private Properties installationKeys() throws IOException {
        Path file = config.dataDir().resolve("keys.properties");
        Properties keys = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                keys.load(in);
            }
        }
        SecureRandom random = new SecureRandom();
        boolean added = false;
        for (String name : new String[] {"pii.key", "pii.index-key", "sandbox.secret", "onboarding.secret"}) {
            if (keys.getProperty(name) == null) {
                keys.setProperty(name, newKey(name, random));
                added = true;
            }
        }
        if (added) {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                keys.store(out, "Weiyuan keys of this installation; losing pii.* makes stored personal data unreadable");
            }
        }
        return keys;
    }

    /**
     * The SMTP port of this installation: the realm is imported once, with this port in its
     * smtpServer, so it is chosen at the first start (WEIYUAN_SMTP_PORT, else a free one) and kept
     * in the data directory for every later start.
     */
    private int smtpPort() throws IOException {
        Path file = config.dataDir().resolve("mail.properties");
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
            return Integer.parseInt(p.getProperty("smtp.port"));
        }
        int port = freeOr("WEIYUAN_SMTP_PORT");
        p.setProperty("smtp.port", String.valueOf(port));
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "The SMTP port Keycloak's realm was imported with (GreenMail listens on it)");
        }
        return port;
    }

    private static int freeOr(String env) throws IOException {
        String v = System.getenv(env);
        return v == null || v.isBlank() ? freePort() : Integer.parseInt(v.trim());
    }

    /** The mail server that catches Keycloak's mail (verification of self-registered donors). */
    public Mail mail() {
        return mail;
    }

    public PlatformConfig config() {
        return config;
    }

    /** The embedded PostgreSQL, for tests that inspect or crash it. */
    Database database() {
        return database;
    }

    /** The first backend process, for tests that stop it. */
    ChildProcess backend() {
        return backend;
    }

    /** The Keycloak child process, for tests that stop it. */
    ChildProcess keycloak() {
        return keycloak;
    }

    public boolean isRunning() {
        return backend != null && backend.isAlive() && keycloak != null && keycloak.isAlive();
    }

    @Override
    public void close() {
        if (backend != null) {
            log("stopping backend");
            backend.close();
        }
        if (keycloak != null) {
            log("stopping Keycloak");
            keycloak.close();
        }
        if (mail != null) {
            mail.close();
        }
        if (database != null) {
            log("stopping PostgreSQL");
            try {
                database.close();
            } catch (IOException e) {
                log("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void requireFile(Path file, String hint) {
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " not found. " + hint);
        }
    }

    static void log(String message) {
        System.out.println("[weiyuan] " + message);
    }
}
