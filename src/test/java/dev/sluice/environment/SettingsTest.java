package dev.sluice.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.sdk.Redactor;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void systemPropertyOverEnvironmentOverFileOverDefault() {
        String key = Settings.KAFKA_VERSION;
        assertThat(new Settings(Map.of(), Map.of(), Map.of()).get(key)).isEqualTo("4.3.1");
        assertThat(new Settings(Map.of(), Map.of(), Map.of(key, "4.0.0")).get(key))
                .isEqualTo("4.0.0");
        assertThat(new Settings(Map.of(), Map.of("SLUICE_KAFKA_VERSION", "3.9.1"), Map.of(key, "4.0.0")).get(key))
                .isEqualTo("3.9.1");
        assertThat(new Settings(Map.of(key, "4.1.0"), Map.of("SLUICE_KAFKA_VERSION", "3.9.1"), Map.of(key, "4.0.0"))
                        .get(key))
                .isEqualTo("4.1.0");
    }

    @Test
    void aSecretGivenAsSystemPropertyLeavesTheSystemPropertiesButNotTheSettings() {
        String key = "sluice.test-only.password";
        System.setProperty(key, "hunter2-settings-test");
        try {
            SecretSystemProperties.hold();

            assertThat(System.getProperty(key)).isEqualTo(Redactor.MASK);
            assertThat(Settings.fromJvm().get(key)).isEqualTo("hunter2-settings-test");
            assertThat(Redactor.redact("password=hunter2-settings-test")).isEqualTo("password=" + Redactor.MASK);
        } finally {
            System.clearProperty(key);
        }
    }

    @Test
    void settingsUnderAPrefixComeFromEveryLayerWithTheUsualPrecedence() {
        Settings s = new Settings(
                Map.of("sluice.kafka.client.security.protocol", "SASL_SSL"),
                Map.of(
                        "SLUICE_KAFKA_CLIENT_SASL_MECHANISM", "SCRAM-SHA-512",
                        "SLUICE_KAFKA_CLIENT_SECURITY_PROTOCOL", "SASL_PLAINTEXT"),
                Map.of("sluice.kafka.client.sasl.jaas.config", "Scram required password=\"jaas-test-secret\";"));

        assertThat(s.withPrefix("sluice.kafka.client."))
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsKey("sasl.jaas.config")
                .hasSize(3);
        assertThat(Redactor.redact("x Scram required password=\"jaas-test-secret\"; y"))
                .doesNotContain("jaas-test-secret");
        assertThat(Redactor.redact("the password alone: jaas-test-secret")).isEqualTo("the password alone: ****");
    }

    @Test
    void durationsInSecondsOrIsoAndClearErrors() {
        Settings s = new Settings(Map.of("a", "90", "b", "PT2M", "c", "soon"), Map.of(), Map.of());
        assertThat(s.duration("a")).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.duration("b")).isEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> s.duration("c"))
                .hasMessageContaining("expects a duration such as 90")
                .hasMessageContaining("'soon'");
        assertThatThrownBy(() -> s.get("sluice.nothing"))
                .hasMessageContaining("-Dsluice.nothing=")
                .hasMessageContaining("SLUICE_NOTHING");
    }

    @Test
    void unknownEnvironmentIsRefusedWithTheKnownOnes() {
        Settings s = new Settings(Map.of(Settings.ENVIRONMENT, "cloud"), Map.of(), Map.of());
        assertThatThrownBy(() -> Environments.create(s))
                .hasMessageContaining("Unknown environment 'cloud'")
                .hasMessageContaining("local");
    }

    @Test
    void workerCountsAreWholeNumbersWithAClearError() {
        Settings s = new Settings(Map.of("a", "2", "b", "0", "c", "two"), Map.of(), Map.of());
        assertThat(s.positive("a")).isEqualTo(2);
        assertThat(new Settings(Map.of(), Map.of(), Map.of()).positive(Settings.CONNECT_WORKERS))
                .isEqualTo(1);
        assertThatThrownBy(() -> s.positive("b")).hasMessageContaining("expects a whole number from 1");
        assertThatThrownBy(() -> s.positive("c")).hasMessageContaining("but was 'two'");
    }
}
