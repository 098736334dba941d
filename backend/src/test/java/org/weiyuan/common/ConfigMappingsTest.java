package org.weiyuan.common;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.weiyuan.audit.AuditConfig;
import org.weiyuan.followup.FollowupConfig;
import org.weiyuan.funding.FundingConfig;
import org.weiyuan.integrity.IntegrityConfig;
import org.weiyuan.notify.NotifyConfig;
import org.weiyuan.modelworker.ModelWorkerConfig;
import org.weiyuan.seed.SeedConfig;
import org.weiyuan.web.WebSettings;
import org.weiyuan.wish.FeedConfig;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
                Arguments.of(WebSettings.class, "weiyuan.web"),
                Arguments.of(AuditConfig.class, "weiyuan.audit"),
                Arguments.of(FeedConfig.class, "weiyuan.feed"),
                Arguments.of(FollowupConfig.class, "weiyuan.followup"),
                Arguments.of(ModelWorkerConfig.class, "weiyuan.model-workers"),
                Arguments.of(org.weiyuan.mutualaid.MutualAidConfig.class, "weiyuan.mutual-aid"),
                Arguments.of(org.weiyuan.common.idempotency.IdempotencyConfig.class, "weiyuan.idempotency"),
                Arguments.of(SeedConfig.class, "weiyuan.seed"));
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

    /**
     * Our settings are read through the mappings only: no {@code @ConfigProperty} but Quarkus's own
     * ({@code quarkus.*}), and every schedule the scheduler reads itself ({@code @Scheduled(every/cron = "${...}")})
     * names a key under a mapped prefix, without a default of its own (the mapping's {@code @WithDefault} is the one).
     */
    @Test
    void configPropertiesAndSchedulesAreTheMappingsKeys() throws IOException {
        List<String> prefixes = features().map(a -> (String) a.get()[1]).toList();
        Pattern property = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"");
        Pattern schedule = Pattern.compile("@Scheduled\\([^)]*?(?:every|cron)\\s*=\\s*\"\\$\\{([^}]+)}\"");
        List<String> wrong = new ArrayList<>();
        int schedules = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String src = Files.readString(file);
                for (Matcher m = property.matcher(src); m.find(); ) {
                    if (!m.group(1).startsWith("quarkus.")) {
                        wrong.add(file.getFileName() + ": @ConfigProperty " + m.group(1));
                    }
                }
                for (Matcher m = schedule.matcher(src); m.find(); schedules++) {
                    String key = m.group(1);
                    if (key.contains(":") || prefixes.stream().noneMatch(p -> key.startsWith(p + "."))) {
                        wrong.add(file.getFileName() + ": @Scheduled ${" + key + "}");
                    }
                }
            }
        }
        assertThat(schedules).isGreaterThanOrEqualTo(10);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aMappingsDefaultIsWhatTheSchedulerReadsWhenNothingIsSet() throws IOException {
        // the scheduler resolves ${weiyuan.funding.pledges.release-every} as a plain property: the default must be visible so
        SmallRyeConfig prod = new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withConverter(java.time.Duration.class, 200, new io.quarkus.runtime.configuration.DurationConverter()).withMapping(FundingConfig.class)
                .withSources(new PropertiesConfigSource(Map.of("weiyuan.funding.receipts.font", "f", "weiyuan.funding.receipts.font-face", "f",
                        "weiyuan.funding.payments.sandbox.secret", "s", "weiyuan.funding.payments.sandbox.callback-url", "u"), "set", 250))
                .build();
        assertThat(prod.getConfigValue("weiyuan.funding.pledges.release-every").getValue()).isEqualTo("15s");
        assertThat(prod.getConfigValue("weiyuan.funding.expiry.every").getValue()).isEqualTo("10m");
        FundingConfig test = config(FundingConfig.class, Map.of()).getConfigMapping(FundingConfig.class);
        assertThat(test.pledges().releaseEvery()).isEqualTo("off"); // the test profile's: tests release and expire by hand
        assertThat(test.expiry().every()).isEqualTo("off");
        SeedConfig seed = config(SeedConfig.class, Map.of()).getConfigMapping(SeedConfig.class);
        assertThat(seed.dir()).contains("../seeds");
    }

    @Test
    void validationIsNotSwitchedOff() throws IOException {
        assertThat(Files.readString(Path.of("src/main/resources/application.properties")))
                .doesNotContain("smallrye.config.mapping.validate-unknown");
    }
}
