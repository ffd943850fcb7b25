package dev.sluice.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On Surefire's real report of a run with one passing and one failing scenario (kept as a fixture,
 * its properties and output trimmed): the suite said {@code tests="0" failures="0"}.
 */
class JunitTotalsTest {
    @TempDir
    Path reports;

    @Test
    void theSuiteTotalsBecomeThoseOfItsScenarios() throws IOException {
        Path report = reports.resolve("TEST-dev.sluice.RunCucumberTest.xml");
        try (InputStream fixture = getClass().getResourceAsStream("/junit/TEST-failing-run.xml")) {
            Files.copy(fixture, report);
        }
        assertThat(Files.readString(report)).contains("tests=\"0\" errors=\"0\" skipped=\"0\" failures=\"0\"");

        assertThat(JunitTotals.fix(reports)).containsExactly(report);

        String fixed = Files.readString(report);
        assertThat(fixed).contains("tests=\"2\"", "failures=\"1\"", "errors=\"0\"", "skipped=\"0\"");
        assertThat(fixed)
                .as("one test case per scenario, named by feature and scenario, the failure's message the diff")
                .contains("<testcase classname=\"Cucumber\" name=\"Throwaway - fails\"")
                .contains("message=\"Expected within 2 s: the Kafka topic &quot;b&quot; contains exactly");
        assertThat(JunitTotals.fix(reports)).as("already right: left alone").isEmpty();
    }
}
