package dev.sluice.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.environment.ExternalEnvironment;
import dev.sluice.environment.Settings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackgroundCleanUpTest {
    /** A workspace that opened nothing: closing it touches no system. */
    private static Workspace unused() {
        return Workspace.open(new ExternalEnvironment(new Settings(
                Map.of(
                        "sluice.connect.url", "http://127.0.0.1:1",
                        "sluice.kafka.bootstrap", "127.0.0.1:1",
                        "sluice.postgres.url", "jdbc:postgresql://127.0.0.1:1/postgres",
                        "sluice.postgres.user", "u",
                        "sluice.postgres.password", "p"),
                Map.of(),
                Map.of())));
    }

    @Test
    void cleanUpsAreAwaitedAndCountedAndARunAfterFinishStartsAfresh() {
        BackgroundCleanUp cleanUp = new BackgroundCleanUp();
        cleanUp.submit("first", unused());
        cleanUp.closeNow("second", unused());
        cleanUp.awaitAll(Duration.ofSeconds(10));
        assertThat(cleanUp.durations()).hasSize(2);
        assertThat(cleanUp.finish()).isEmpty();
        assertThat(cleanUp.durations()).isEmpty();

        cleanUp.submit("after the first run", unused());
        assertThat(cleanUp.finish()).isEmpty();
    }
}
