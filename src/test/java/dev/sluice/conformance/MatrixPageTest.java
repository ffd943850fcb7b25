package dev.sluice.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.docs.LivingDocsSite;
import dev.sluice.docs.RunHistory;
import dev.sluice.docs.RunResults;
import dev.sluice.docs.SitePage;
import dev.sluice.sdk.system.Systems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix page shows every cell of the registry with this run's outcome, linked to its scenario. */
class MatrixPageTest {
    @TempDir
    Path site;

    private static RunResults.Scenario scenario(String name, String status) {
        return new RunResults.Scenario(
                "id-" + name, name, "", List.of("@conformance"), status, Duration.ofSeconds(1), List.of(), List.of());
    }

    private static RunResults run(RunResults.Scenario... scenarios) {
        return new RunResults(
                Instant.parse("2026-12-06T10:00:00Z"),
                Duration.ofSeconds(90),
                List.of(new RunResults.Feature(
                        ConformanceMatrix.FEATURE, "The conformance matrix", "", List.of(), List.of(scenarios))));
    }

    @Test
    void eachCellSaysPassedFailedRefusedOrNotRun() {
        RunResults.Scenario passed = scenario("PostgreSQL table → Kafka topic", "PASSED");
        RunResults run = run(
                passed,
                scenario("Kafka topic → MariaDB table", "FAILED"),
                scenario("S3 bucket → Kafka topic", "PASSED"),
                scenario("MariaDB table → S3 bucket", "SKIPPED"));

        SitePage page = MatrixPage.of(run, Systems.all());

        int cells = ConformanceMatrix.cells(Systems.all()).size();
        assertThat(page.summary())
                .isEqualTo("1 passed, 1 failed, 1 refused, " + (cells - 3) + " not run of " + cells + " cells");
        assertThat(page.body())
                .contains("<td class=\"cell passed\" title=\"PostgreSQL table → Kafka topic\"><a href=\"features/"
                        + LivingDocsSite.pageName(run.features().get(0)) + "#" + LivingDocsSite.anchor(passed)
                        + "\">passed</a></td>")
                .contains("<td class=\"cell failed\" title=\"Kafka topic → MariaDB table\"><a href=")
                .contains("<td class=\"cell refused\" title=\"S3 bucket → Kafka topic\"><a href=")
                .contains("<td class=\"cell not-run\" title=\"MariaDB table → S3 bucket\">not run</td>")
                .contains("<td class=\"cell not-run\" title=\"PostgreSQL table → PostgreSQL table\">not run</td>");
        Systems.all().forEach(s -> assertThat(page.body()).contains("<th>" + s.phrase() + "</th>"));
    }

    @Test
    void aRunWithoutTheMatrixShowsEveryCellNotRun() {
        RunResults none = new RunResults(Instant.now(), Duration.ZERO, List.of());
        assertThat(MatrixPage.of(none, Systems.all()).summary()).matches("\\d+ not run of \\d+ cells");
    }

    @Test
    void theHomePageLinksTheMatrixFirst() throws IOException {
        RunResults run = run(scenario("PostgreSQL table → Kafka topic", "PASSED"));
        Path home = LivingDocsSite.write(
                run, Map.of(), RunHistory.empty(), List.of(), List.of(MatrixPage.of(run, Systems.all())), site);

        String index = Files.readString(home);
        assertThat(index.indexOf("href=\"matrix.html\"")).isPositive().isLessThan(index.indexOf("phrasebook.html"));
        assertThat(Files.readString(site.resolve("matrix.html")))
                .startsWith("<!DOCTYPE html>")
                .contains("<h1>The conformance matrix</h1>", "</body></html>");
    }
}
