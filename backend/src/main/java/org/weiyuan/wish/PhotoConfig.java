package org.weiyuan.wish;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large an uploaded photo may be ({@code weiyuan.photos.*}); checked from the header, before decoding. */
@ConfigMapping(prefix = "weiyuan.photos")
public interface PhotoConfig {

    /** Longest side in pixels. */
    @WithDefault("4096")
    int maxSide();

    /** Width × height; a decoded image takes about 4 bytes a pixel of memory. */
    @WithDefault("16777216")
    long maxPixels();

    default Images.Limits limits() {
        return new Images.Limits(maxSide(), maxPixels());
    }
}
