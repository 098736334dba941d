package org.weiyuan.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts a real PostgreSQL (zonky's embedded binaries, no Docker) for the whole test run and
 * points both the reactive pool and Flyway's JDBC datasource at it.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
        int port = postgres.getPort();
        return Map.of(
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "quarkus.datasource.reactive.url", "postgresql://localhost:" + port + "/postgres",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
