package dev.sluice.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.environment.Settings;
import dev.sluice.environment.service.ServicePlugins;
import dev.sluice.sdk.system.DatabaseServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MariaDbServiceTest {
    private final MariaDbService mariadb = new MariaDbService();

    private static Settings settings(Map<String, String> given) {
        return new Settings(given, Map.of(), Map.of());
    }

    @Test
    void isFoundAsAServicePluginUnderItsSystemsId() {
        assertThat(ServicePlugins.byId(MariaDbSystem.ID)).containsInstanceOf(MariaDbService.class);
    }

    @Test
    void theServerHasWhatChangeDataCaptureNeeds() {
        assertThat(MariaDbService.serverOptions()).contains("--binlog-format=ROW", "--binlog-row-image=FULL");
    }

    @Test
    void externalSettingsGiveTheTestsAndTheEngineTheirOwnAddressesAndBack() {
        Settings settings = settings(Map.of(
                MariaDbService.URL, "jdbc:mariadb://localhost:3307",
                MariaDbService.ENGINE_URL, "jdbc:mariadb://mariadb",
                MariaDbService.USER, "team",
                MariaDbService.PASSWORD, "s3cret"));
        DatabaseServer tests =
                (DatabaseServer) mariadb.externalAddress(settings, false).orElseThrow();
        DatabaseServer engine =
                (DatabaseServer) mariadb.externalAddress(settings, true).orElseThrow();
        assertThat(tests).isEqualTo(new DatabaseServer("localhost", 3307, "team", "s3cret"));
        assertThat(engine).isEqualTo(new DatabaseServer("mariadb", 3306, "team", "s3cret"));
        assertThat(mariadb.externalSettings(tests, engine))
                .containsEntry(MariaDbService.URL, "jdbc:mariadb://localhost:3307")
                .containsEntry(MariaDbService.ENGINE_URL, "jdbc:mariadb://mariadb:3306");
    }

    @Test
    void withoutItsSettingsTheExternalEnvironmentHasNoMariaDb() {
        assertThat(mariadb.externalAddress(settings(Map.of()), true)).isEmpty();
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefusedNamingTheSetting() {
        assertThatThrownBy(() ->
                        mariadb.externalAddress(settings(Map.of(MariaDbService.URL, "jdbc:mysql://db:3306")), false))
                .hasMessage("Setting sluice.mariadb.url expects jdbc:mariadb://host[:port], but was "
                        + "'jdbc:mysql://db:3306'");
    }
}
