package org.weiyuan.platform;

import java.nio.file.Path;

/**
 * Where things live and which ports they use when the platform runs on one machine.
 *
 * @param repoRoot     the checkout (seeds/, keycloak/weiyuan-realm.json, backend/target/quarkus-app)
 * @param dataDir      state kept between runs: PostgreSQL data (both databases), keys, logs
 * @param postgresPort embedded PostgreSQL
 * @param keycloakPort Keycloak HTTP
 * @param backendPort  Weiyuan backend HTTP
 * @param loadSeeds    load seeds/ into an empty database
 * @param durable      PostgreSQL with fsync, synchronous_commit and full_page_writes on, so an
 *                     acknowledged commit survives a crash; {@code ./weiyuan run} always is, tests
 *                     whose data is thrown away may run without (faster)
 */
public record PlatformConfig(Path repoRoot, Path dataDir, int postgresPort, int keycloakPort, int backendPort,
                             boolean loadSeeds, boolean durable) {

    /** A durable installation: what anything but a throw-away test should use. */
    public PlatformConfig(Path repoRoot, Path dataDir, int postgresPort, int keycloakPort, int backendPort,
                          boolean loadSeeds) {
        this(repoRoot, dataDir, postgresPort, keycloakPort, backendPort, loadSeeds, true);
    }

    public Path keycloakHome() {
        return repoRoot.resolve("platform/target/keycloak/keycloak-" + Versions.KEYCLOAK);
    }

    public Path realmFile() {
        return repoRoot.resolve("keycloak/weiyuan-realm.json");
    }

    public Path backendJar() {
        return repoRoot.resolve("backend/target/quarkus-app/quarkus-run.jar");
    }

    /** The JDK AOT cache the backend's build writes beside its jar (quarkus.package.jar.aot), if it did. */
    public Path backendAotCache() {
        return backendJar().resolveSibling("app.aot");
    }

    public Path seedDir() {
        return repoRoot.resolve("seeds");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public String issuer() {
        return keycloakUrl() + "/realms/weiyuan";
    }

    public String backendUrl() {
        return "http://localhost:" + backendPort;
    }
}
