package org.weiyuan.household;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** 复核: how often an approved file must be reviewed again. */
@ConfigMapping(prefix = "weiyuan.rechecks")
public interface RecheckConfig {

    /** Days between reviews of an approved file (at least once a year by default). */
    @WithDefault("365")
    int intervalDays();

    /** How many due files one queue page shows at most. */
    @WithDefault("100")
    int maxQueue();
}
