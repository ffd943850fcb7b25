package dev.sluice.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs after the acceptance suite (mvn verify): none of the run's secrets is in any report or
 * service log it wrote.
 */
class ReportSecretsIT {
    @Test
    void noSecretOfTheSuiteRunIsInItsReportsOrLogs() throws Exception {
        assertThat(SecretScanner.FINGERPRINTS)
                .as("fingerprints left by the acceptance suite (did it run first?)")
                .exists();
        List<String> fingerprints = Files.readAllLines(SecretScanner.FINGERPRINTS);
        assertThat(fingerprints).as("secrets the suite generated").isNotEmpty();

        List<String> hits = SecretScanner.findSecrets(
                new HashSet<>(fingerprints),
                List.of(
                        Path.of("target", "cucumber-reports"),
                        Path.of("target", "living-docs"),
                        Path.of("target", "surefire-reports"),
                        Path.of("target", "failsafe-reports"),
                        Path.of("target", "sluice", "logs"),
                        // The kept environment of ci/external-proof.sh: its services log what the suite made them do.
                        Path.of("target", "sluice-external", "logs")));

        assertThat(hits).as("places where a secret of the run was written").isEmpty();
    }
}
