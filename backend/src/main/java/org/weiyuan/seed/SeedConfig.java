package org.weiyuan.seed;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The demo data's settings ({@code weiyuan.seed.*}); unknown names there fail the start. */
@ConfigMapping(prefix = "weiyuan.seed")
public interface SeedConfig {

    /**
     * The folder of {@code seeds/*.json} loaded into an empty database at start ({@code WEIYUAN_SEED_DIR});
     * unset (production) loads nothing.
     */
    Optional<String> dir();
}
