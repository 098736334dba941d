package org.weiyuan.household;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** 申诉: how long a household has to appeal, and how long a reviewer's queue page is. */
@ConfigMapping(prefix = "weiyuan.appeals")
public interface AppealConfig {

    /** Days after a rejection or exit within which the household may appeal it. */
    @WithDefault("30")
    int deadlineDays();

    /** How many pending appeals one queue page shows at most. */
    @WithDefault("100")
    int maxQueue();

    /** How many evidence documents one appeal may name. */
    @WithDefault("10")
    int maxDocuments();
}
