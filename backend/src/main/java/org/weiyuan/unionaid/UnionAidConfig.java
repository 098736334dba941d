package org.weiyuan.unionaid;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Union-paid aid settings ({@code weiyuan.union-aid.*}). */
@ConfigMapping(prefix = "weiyuan.union-aid")
public interface UnionAidConfig {

    /** Most households on one aid list (a 两节 list of a district stays within this). */
    @WithDefault("500")
    int maxLines();
}
