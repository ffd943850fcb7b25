package dev.sluice.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.sdk.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptForDebuggingTest {
    @Test
    void theOwnerGetsTheCredentialsAndTheConsoleGetsThemMasked(@TempDir Path dir) throws Exception {
        Redactor.register("kept-test-password");
        KeptForDebugging kept = new KeptForDebugging();
        kept.add(
                "Orders arrive (features/a.feature:3)",
                List.of(
                        "PostgreSQL database sluice_s1: psql \"postgresql://postgres:kept-test-password@h:1/sluice_s1\""));

        Path file = dir.resolve("kept.txt");
        String console = kept.report(file);

        assertThat(console)
                .contains(
                        "1 failed scenario(s)",
                        "sluice_s1",
                        file.toAbsolutePath().toString())
                .doesNotContain("kept-test-password");
        assertThat(Files.readString(file)).contains("kept-test-password", "Scenario: Orders arrive");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }
}
