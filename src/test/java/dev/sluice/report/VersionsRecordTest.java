package dev.sluice.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.docs.VersionsTable;
import dev.sluice.sdk.Redactor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionsRecordTest {

    @Test
    void aFailureIsWhereTheScenarioIsItsNameAndTheFirstLineOfItsErrorWithSecretsMasked() {
        Redactor.register("s3cr3t-pa55");
        String failure = VersionsRecord.failure(
                "file:///work/clone/features/mariadb/mariadb.feature",
                36,
                "Changes of a MariaDB table reach a Kafka topic",
                new AssertionError("The pipeline failed: password=s3cr3t-pa55 refused\n\tat somewhere"));

        assertThat(failure)
                .isEqualTo("features/mariadb/mariadb.feature:36 Changes of a MariaDB table reach a Kafka topic: "
                        + "The pipeline failed: password=**** refused");
    }

    @Test
    void ciPrintsEachFailedScenarioUnderItsRunAndNothingWhenNoneFailed() {
        VersionsTable.Tried failed = tried("external", List.of("features/a.feature:3 A: it broke"));
        VersionsTable.Tried passed = tried("local", null);

        assertThat(VersionsTable.failures(List.of(passed, failed)))
                .isEqualTo("FAILED (external, core 4.3.1) features/a.feature:3 A: it broke\n");
        assertThat(VersionsTable.failures(List.of(passed))).isEmpty();
    }

    private static VersionsTable.Tried tried(String environment, List<String> failed) {
        return new VersionsTable.Tried(
                environment, "4.3.1", Map.of(), "features/", Map.of("passed", 1), "2026-12-07T01:00:00Z", failed);
    }
}
