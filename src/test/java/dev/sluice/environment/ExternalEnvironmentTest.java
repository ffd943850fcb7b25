package dev.sluice.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.sdk.ConnectAccess;
import dev.sluice.sdk.system.Services;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExternalEnvironmentTest {
    private static ExternalEnvironment external(Map<String, String> settings) {
        return new ExternalEnvironment(new Settings(settings, Map.of(), Map.of()));
    }

    @Test
    void aTeamsSecuredInfrastructureIsReachedWithItsSettings() {
        ExternalEnvironment env = external(Map.of(
                "sluice.connect.url", "https://connect:8443",
                "sluice.connect.user", "ops",
                "sluice.connect.password", "connect-test-secret",
                "sluice.kafka.bootstrap", "kafka:9094",
                "sluice.kafka.client.security.protocol", "SASL_SSL",
                "sluice.kafka.client.sasl.mechanism", "SCRAM-SHA-512",
                "sluice.postgres.url", "jdbc:postgresql://db:5432/postgres?sslmode=verify-full&sslrootcert=/ca.crt",
                "sluice.postgres.user", "u",
                "sluice.postgres.password", "p"));

        assertThat(env.connectAccess().authorizationHeader()).hasValue("Basic b3BzOmNvbm5lY3QtdGVzdC1zZWNyZXQ=");
        assertThat(env.connectAccess().toString()).doesNotContain("connect-test-secret");
        Services services = env.services();
        assertThat(services.kafkaClientSettings(false))
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
        assertThat(services.kafkaClientSettings(true)).isEqualTo(services.kafkaClientSettings(false));
        assertThat(services.forTests("postgres", dev.sluice.sdk.jdbc.JdbcServer.class)
                        .orElseThrow()
                        .jdbcUrl("sluice_s1"))
                .isEqualTo("jdbc:postgresql://db:5432/sluice_s1?sslmode=verify-full&sslrootcert=/ca.crt");
    }

    @Test
    void anOpenEngineNeedsNothingAndHalfACredentialIsRefused() {
        assertThat(external(Map.of()).connectAccess().authenticates()).isFalse();
        assertThatThrownBy(() -> external(Map.of("sluice.connect.user", "ops")).connectAccess())
                .hasMessageContaining("needs both a user and a password")
                .hasMessageContaining("only the user was given");
        assertThat(ConnectAccess.OPEN.authorizationHeader()).isEmpty();
    }
}
