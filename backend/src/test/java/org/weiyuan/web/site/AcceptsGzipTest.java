package org.weiyuan.web.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptsGzipTest {

    @Test
    void gzipWhenListedAndNotRefused() {
        assertThat(SiteResource.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(SiteResource.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(SiteResource.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(SiteResource.acceptsGzip("gzip; q=0.0")).isFalse();
        assertThat(SiteResource.acceptsGzip("identity")).isFalse();
        assertThat(SiteResource.acceptsGzip("x-gzip-ish")).isFalse();
        assertThat(SiteResource.acceptsGzip(null)).isFalse();
    }
}
