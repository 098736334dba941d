package org.weiyuan.household;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** 责任追究: how many findings one list page shows at most. */
@ConfigMapping(prefix = "weiyuan.accountability")
public interface AccountabilityConfig {

    @WithDefault("200")
    int maxList();
}
