package dev.sluice.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReusedEnvironmentsTest {
    private static String key(Map<String, String> values) {
        return ReusedEnvironments.key(new Settings(values, Map.of(), Settings.suiteProperties()));
    }

    @Test
    void settingsThatDefineTheEnvironmentChangeItsKey() {
        String base = key(Map.of());

        assertThat(key(Map.of(Settings.CONNECT_WORKERS, "2"))).isNotEqualTo(base);
        assertThat(key(Map.of(Settings.KAFKA_VERSION, "4.1.1"))).isNotEqualTo(base);
        assertThat(key(Map.of("sluice.stage-library.debezium-postgres.version", "3.2.0.Final")))
                .isNotEqualTo(base);
        assertThat(key(Map.of(Settings.ENVIRONMENT, "docker"))).isNotEqualTo(base);
    }

    @Test
    void settingsOfTheRunAloneKeepIt() {
        String base = key(Map.of());

        assertThat(key(Map.of("cucumber.filter.tags", "@smoke", "sluice.shard", "1/2", Settings.KEEP, "true")))
                .isEqualTo(base)
                .matches("[0-9a-f]{12}");
    }
}
