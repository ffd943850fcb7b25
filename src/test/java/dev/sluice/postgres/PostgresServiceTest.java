package dev.sluice.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.environment.Settings;
import dev.sluice.environment.service.ServicePlugins;
import dev.sluice.environment.service.StartsEagerly;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresServiceTest {
    private final PostgresService postgres = new PostgresService();

    private static Settings settings(Map<String, String> given) {
        return new Settings(given, Map.of(), Map.of());
    }

    @Test
    void isFoundAsAServicePluginUnderItsSystemsIdAndStartsBesideTheEngine() {
        assertThat(ServicePlugins.byId(PostgresSystem.ID))
                .containsInstanceOf(PostgresService.class)
                .get()
                .isInstanceOf(StartsEagerly.class);
    }

    @Test
    void theServerHasWhatChangeDataCaptureNeeds() {
        assertThat(PostgresService.serverConfig()).containsEntry("wal_level", "logical");
    }

    @Test
    void externalSettingsGiveTheTestsAndTheEngineTheirOwnAddressesWithTheDriversParametersAndBack() {
        Settings settings = settings(Map.of(
                PostgresService.URL, "jdbc:postgresql://localhost:5433/postgres?sslmode=verify-full",
                PostgresService.ENGINE_URL, "jdbc:postgresql://postgres",
                PostgresService.USER, "team",
                PostgresService.PASSWORD, "s3cret"));
        PostgresEndpoint tests =
                (PostgresEndpoint) postgres.externalAddress(settings, false).orElseThrow();
        PostgresEndpoint engine =
                (PostgresEndpoint) postgres.externalAddress(settings, true).orElseThrow();
        assertThat(tests.jdbcUrl("sluice_s1"))
                .isEqualTo("jdbc:postgresql://localhost:5433/sluice_s1?sslmode=verify-full");
        assertThat(engine).isEqualTo(new PostgresEndpoint("postgres", 5432, "team", "s3cret"));
        assertThat(postgres.externalSettings(tests, engine))
                .containsEntry(PostgresService.URL, "jdbc:postgresql://localhost:5433/postgres?sslmode=verify-full")
                .containsEntry(PostgresService.ENGINE_URL, "jdbc:postgresql://postgres:5432/postgres")
                .containsEntry(PostgresService.USER, "team");
    }

    @Test
    void withoutItsSettingsTheExternalEnvironmentHasNoPostgres() {
        assertThat(postgres.externalAddress(settings(Map.of()), false)).isEmpty();
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefusedNamingTheSetting() {
        assertThatThrownBy(() ->
                        postgres.externalAddress(settings(Map.of(PostgresService.URL, "jdbc:mysql://db:3306")), false))
                .hasMessage(
                        "Setting sluice.postgres.url expects jdbc:postgresql://host[:port][/database][?parameters], "
                                + "but was 'jdbc:mysql://db:3306'");
    }
}
