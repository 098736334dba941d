package org.weiyuan.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions the build filtered in (one source of truth: the root pom). */
final class Versions {

    static final String KEYCLOAK;

    static {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/weiyuan-platform.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KEYCLOAK = p.getProperty("keycloak.version");
    }

    private Versions() { }
}
