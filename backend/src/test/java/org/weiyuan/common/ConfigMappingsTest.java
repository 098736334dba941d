package org.weiyuan.common;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.weiyuan.funding.FundingConfig;
import org.weiyuan.integrity.IntegrityConfig;
import org.weiyuan.notify.NotifyConfig;
import org.weiyuan.web.WebSettings;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One @ConfigMapping per feature, each under a prefix of its own, read from the real
 * application.properties (test profile): it maps every name there, and a misspelt name under the
 * feature's prefix fails the start instead of being ignored (SmallRye's validate-unknown, Quarkus's
 * default, which application.properties no longer turns off).
 */
class ConfigMappingsTest {

    static Stream<Arguments> features() {
        return Stream.of(
                Arguments.of(NotifyConfig.class, "weiyuan.notify"),
                Arguments.of(IntegrityConfig.class, "weiyuan.invariants"),
                Arguments.of(CommonConfig.class, "weiyuan.server"),
                Arguments.of(FundingConfig.class, "weiyuan.funding"),
                Arguments.of(WebSettings.class, "weiyuan.web"));
    }

    static SmallRyeConfig config(Class<?> mapping, Map<String, String> extra) throws IOException {
        URL properties = ConfigMappingsTest.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withProfile("test")
                .withConverter(java.time.Duration.class, 200, new io.quarkus.runtime.configuration.DurationConverter()) // Quarkus's "10m", "3S"
                .withSources(new PropertiesConfigSource(properties, 250))
                .withSources(new PropertiesConfigSource(extra, "extra", 400))
                .withMapping(mapping)
                .build();
    }

    @ParameterizedTest
    @MethodSource("features")
    void theApplicationsPropertiesMapCleanly(Class<?> mapping, String prefix) throws IOException {
        assertThat(config(mapping, Map.of()).getConfigMapping(mapping)).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("features")
    void anUnknownNameUnderTheFeaturesPrefixFailsTheStart(Class<?> mapping, String prefix) {
        String typo = prefix + ".no-such-setting";
        assertThatThrownBy(() -> config(mapping, Map.of(typo, "1"))).hasMessageContaining(typo);
    }

    @Test
    void defaultsAreTheMappingsOwn() throws IOException {
        NotifyConfig notify = config(NotifyConfig.class, Map.of()).getConfigMapping(NotifyConfig.class);
        assertThat(notify.outbox().maxAttempts()).isEqualTo(8);
        assertThat(notify.outbox().lease()).isEqualTo(java.time.Duration.ofSeconds(60));
        assertThat(notify.defaultQuietHours()).isEqualTo("none"); // the test profile's
        CommonConfig common = config(CommonConfig.class, Map.of()).getConfigMapping(CommonConfig.class);
        assertThat(common.http().maxUriLength()).isEqualTo(8192);
        assertThat(common.http().requestDeadline()).isEqualTo(java.time.Duration.ofSeconds(3)); // the test profile's
    }

    @Test
    void validationIsNotSwitchedOff() throws IOException {
        assertThat(Files.readString(Path.of("src/main/resources/application.properties")))
                .doesNotContain("smallrye.config.mapping.validate-unknown");
    }
}
