package org.weiyuan.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL from zonky's embedded binaries, with its data directory kept between runs.
 * Holds two databases: {@code weiyuan} for the backend and {@code keycloak} for identity.
 *
 * <p>zonky's defaults are for throw-away test databases: it passes {@code -F} (fsync off) to the
 * postmaster and sets {@code synchronous_commit=off}, so a crash loses commits already answered and
 * a power cut can corrupt the data. A real installation runs {@linkplain #settings durable}:
 * {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on (later {@code -c}
 * options override zonky's {@code -F}).
 */
final class Database implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final Path pgData;
    private final int port;
    private final boolean durable;
    private EmbeddedPostgres postgres;

    private Database(Path pgData, int port, boolean durable) {
        this.pgData = pgData;
        this.port = port;
        this.durable = durable;
    }

    static Database start(Path dataDir, int port, boolean durable) throws IOException, SQLException {
        Path pgData = dataDir.resolve("postgres");
        Files.createDirectories(pgData);
        Database db = new Database(pgData, port, durable);
        db.postgres = db.launch();
        db.ensureDatabase("weiyuan");
        db.ensureDatabase("keycloak");
        return db;
    }

    /** The server settings for either mode; durable ones for anything whose data matters. */
    static Map<String, String> settings(boolean durable) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("max_connections", "200");
        String on = durable ? "on" : "off";
        settings.put("fsync", on);
        settings.put("synchronous_commit", on);
        settings.put("full_page_writes", on);
        return settings;
    }

    private EmbeddedPostgres launch() throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPort(port)
                // zonky waits 10 s; crash recovery (replaying the WAL) on a busy machine takes longer
                .setPGStartupWait(java.time.Duration.ofMinutes(3));
        settings(durable).forEach(builder::setServerConfig);
        return builder.start();
    }

    /** A setting of the running server, as {@code SHOW} reports it. */
    String show(String setting) throws SQLException {
        if (!setting.matches("[a-z_]+")) {
            throw new IllegalArgumentException(setting);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Crashes PostgreSQL as a power cut or the OOM killer would: SIGKILL to the postmaster (its pid
     * is the first line of {@code postmaster.pid}) and to every backend it forked, then waits until
     * all are gone. Returns the postmaster's pid. For the fault-injection test.
     */
    long kill() throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid"), StandardCharsets.US_ASCII).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no postmaster " + pid));
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("process " + p.pid() + " did not die", e);
            }
        }
        return pid;
    }

    /**
     * Starts PostgreSQL again on the same data directory and port after {@link #kill()} (it runs
     * crash recovery from the WAL). The old handle is closed first to release zonky's lock file.
     */
    void restart() throws IOException {
        try {
            postgres.close(); // pg_ctl stop finds nothing to stop; the lock is released
        } catch (IOException alreadyGone) {
            // the server is dead already
        }
        postgres = launch();
    }

    private void ensureDatabase(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + name);
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    String reactiveUrl(String database) {
        return "postgresql://localhost:" + port + "/" + database;
    }

    boolean durable() {
        return durable;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
