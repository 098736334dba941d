package org.weiyuan.common;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the running application, a mapping's {@code @WithDefault} answers a plain lookup of its key: what the
 * scheduler does for {@code @Scheduled(every = "${weiyuan.funding.pledges.release-every}")} in production,
 * where application.properties sets no period (the test profile sets them to off).
 */
@QuarkusTest
class ScheduleDefaultsTest {

    @Test
    void aKeySetNowhereButInItsMappingResolvesToTheMappingsDefault() {
        var config = ConfigProvider.getConfig();
        assertThat(config.getValue("weiyuan.funding.matching.donor-cap-fen", String.class)).isEqualTo("100000");
        assertThat(config.getValue("weiyuan.notify.outbox.lease", String.class)).isNotBlank();
        assertThat(config.getValue("weiyuan.funding.pledges.release-every", String.class)).isEqualTo("off");
    }
}
