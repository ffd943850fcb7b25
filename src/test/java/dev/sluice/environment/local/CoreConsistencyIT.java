package dev.sluice.environment.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.environment.Settings;
import dev.sluice.environment.shared.ConsistencyMode;
import dev.sluice.sdk.ConnectAccess;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local environment's consistency check, with real artifacts: Debezium's JDBC sink 3.3.1 declares
 * Kafka 4.1.0 in its POM, so on a 3.7 core it is refused before anything starts, or, when told to
 * warn, starts anyway. A core outside the supported range is refused the same way.
 */
class CoreConsistencyIT {
    @TempDir
    Path work;

    private Settings settings(String core, String consistency) {
        Map<String, String> given = new HashMap<>(Map.of(
                Settings.KAFKA_VERSION,
                core,
                Settings.DEBEZIUM_VERSION,
                "3.3.1.Final",
                Settings.STAGE_LIBRARIES,
                "debezium-jdbc",
                Settings.WORK_DIR,
                work.toString()));
        given.put(ConsistencyMode.SETTING, consistency);
        return new Settings(given, Map.of(), Map.of());
    }

    @Test
    void aStageLibraryBuiltForANewerCoreIsRefusedBeforeAnythingStarts() {
        LocalEnvironment environment = new LocalEnvironment(settings("3.7.2", "fail"));

        assertThatThrownBy(environment::start)
                .hasMessageContaining("stage library debezium-jdbc 3.3.1.Final was built against Kafka 4.1.0, "
                        + "newer than the core 3.7.2")
                .hasMessageContaining("-Dsluice.consistency=warn")
                .hasMessageContaining("Nothing was started");
        assertNothingStarted();
    }

    @Test
    void warnGoesOnAndTheEnvironmentStarts() throws Exception {
        LocalEnvironment environment = new LocalEnvironment(settings("3.7.2", "warn"));
        try {
            environment.start();
            String plugins = ConnectAccess.OPEN
                    .httpClient(Duration.ofSeconds(5))
                    .send(
                            ConnectAccess.OPEN
                                    .get(environment.connectUrl().resolve("/connector-plugins"), Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(plugins).contains("io.debezium.connector.jdbc.JdbcSinkConnector");
        } finally {
            environment.close();
        }
    }

    @Test
    void aCoreOutsideTheSupportedRangeIsRefusedNamingTheRange() {
        assertThatThrownBy(new LocalEnvironment(settings("3.6.2", "fail"))::start)
                .hasMessageContaining("Kafka core 3.6.2 is outside the range Sluice supports, 3.7.0 to 4.4.x");
        assertNothingStarted();
    }

    private void assertNothingStarted() {
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .toList())
                .as("processes started")
                .isEmpty();
        assertThat(Files.exists(work.resolve("runs"))).as("a run directory").isFalse();
    }
}
