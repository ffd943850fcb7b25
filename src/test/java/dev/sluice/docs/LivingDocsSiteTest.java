package dev.sluice.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site built from a small message stream, as Cucumber's message format writes it. */
class LivingDocsSiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = "/home/ci/sluice";

    @TempDir
    Path site;

    private static List<JsonNode> envelopes(String stepStatus) throws IOException {
        ScenarioEvidence evidence = new ScenarioEvidence(
                List.of(new PipelinePicture(
                        "out",
                        "PostgreSQL table \"customers\"",
                        List.of("masks the field \"ssn\""),
                        "Kafka topic \"customers\"",
                        List.of())),
                List.of(new ScenarioEvidence.Data(
                        "Kafka topic \"customers\"",
                        "destination",
                        List.of("id", "ssn"),
                        List.of(List.of("1", "****")),
                        1)));
        List<String> lines = List.of(
                "{\"testRunStarted\":{\"timestamp\":{\"seconds\":1796192953,\"nanos\":0}}}",
                "{\"gherkinDocument\":{\"uri\":\"file://" + ROOT + "/features/masking/masking.feature\",\"feature\":"
                        + "{\"name\":\"Sensitive fields are masked\",\"description\":\"  SSNs never leave.\\n\\n  More.\","
                        + "\"tags\":[{\"name\":\"@masking\"}],\"children\":[{\"scenario\":{\"id\":\"sc1\",\"name\":\"SSN\","
                        + "\"description\":\"  Fails if an SSN shows.\",\"steps\":[{\"id\":\"st1\",\"keyword\":\"Then \"}]}}]}}}",
                "{\"pickle\":{\"id\":\"p1\",\"uri\":\"file://" + ROOT
                        + "/features/masking/masking.feature\",\"name\":\"SSN\","
                        + "\"astNodeIds\":[\"sc1\"],\"tags\":[{\"name\":\"@masking\"}],\"steps\":[{\"id\":\"ps1\","
                        + "\"astNodeIds\":[\"st1\"],\"text\":\"the topic holds\",\"argument\":{\"dataTable\":{\"rows\":"
                        + "[{\"cells\":[{\"value\":\"id\"}]},{\"cells\":[{\"value\":\"1\"}]}]}}}]}}",
                "{\"testCase\":{\"id\":\"tc1\",\"pickleId\":\"p1\",\"testSteps\":[{\"id\":\"ts1\",\"pickleStepId\":\"ps1\"}]}}",
                "{\"testCaseStarted\":{\"id\":\"tcs1\",\"testCaseId\":\"tc1\"}}",
                "{\"testStepFinished\":{\"testCaseStartedId\":\"tcs1\",\"testStepId\":\"ts1\",\"testStepResult\":"
                        + "{\"status\":\"" + stepStatus + "\",\"duration\":{\"seconds\":2,\"nanos\":500000000}"
                        + (stepStatus.equals("FAILED")
                                ? ",\"message\":\"expected 1 row in " + ROOT + "/features/orders.dat (at file://" + ROOT
                                        + "/features/masking/masking.feature:9)\""
                                : "")
                        + "}}}",
                "{\"attachment\":{\"testCaseStartedId\":\"tcs1\",\"mediaType\":\"" + ScenarioEvidence.MEDIA_TYPE
                        + "\",\"body\":" + JSON.writeValueAsString(evidence.toJson()) + "}}",
                "{\"testRunFinished\":{\"timestamp\":{\"seconds\":1796192963,\"nanos\":0}}}");
        List<JsonNode> envelopes = new ArrayList<>();
        for (String line : lines) {
            envelopes.add(JSON.readTree(line));
        }
        return envelopes;
    }

    @Test
    void theMessageStreamBecomesFeaturesWithRelativePathsStatusesAndEvidence() throws IOException {
        RunResults run = RunResults.of(envelopes("FAILED"), ROOT);

        assertThat(run.took().toSeconds()).isEqualTo(10);
        RunResults.Feature feature = run.features().get(0);
        assertThat(feature.path()).isEqualTo("features/masking/masking.feature");
        assertThat(feature.description()).isEqualTo("SSNs never leave.\n\n  More.");
        RunResults.Scenario scenario = feature.scenarios().get(0);
        assertThat(scenario.status()).isEqualTo("FAILED");
        assertThat(scenario.description()).isEqualTo("Fails if an SSN shows.");
        assertThat(scenario.steps().get(0))
                .isEqualTo(new RunResults.Step(
                        "Then",
                        "the topic holds",
                        List.of(List.of("id"), List.of("1")),
                        "FAILED",
                        // Machine paths read as paths within the project.
                        "expected 1 row in features/orders.dat (at features/masking/masking.feature:9)"));
        assertThat(scenario.took().toMillis()).isEqualTo(2500);
    }

    @Test
    void theSiteListsFeaturesByFolderAndShowsEachScenariosPipelineAndData() throws IOException {
        Path home = LivingDocsSite.write(
                RunResults.of(envelopes("PASSED"), ROOT),
                Map.of("in the", "local environment"),
                RunHistory.empty(),
                List.of(new PhrasebookEntry(
                        "Then",
                        "within {int} seconds the {endpoint} contains exactly:",
                        "order-insensitive, `NULL`",
                        List.of("within 30 seconds the Kafka topic \"customers\" contains exactly:"))),
                site);

        String index = Files.readString(home);
        assertThat(index)
                .contains("<h2>features/masking</h2>", "Sensitive fields are masked", "SSNs never leave.")
                .contains("href=\"features/features-masking-masking.html#s-", "1 of 1 scenarios passed")
                .contains("in the local environment", "<option>@masking</option>");
        String page = Files.readString(site.resolve("features/features-masking-masking.html"));
        assertThat(page)
                .contains("<svg", "masks the field &quot;ssn&quot;")
                .contains("Destination: the Kafka topic &quot;customers&quot; as last checked", "<td>****</td>")
                .contains("<span class=\"kw\">Then</span> the topic holds");
        assertThat(Files.readString(site.resolve("phrasebook.html")))
                .contains("<span class=\"kw\">Then</span> within {int} seconds the {endpoint} contains exactly:")
                .contains("order-insensitive, <code>NULL</code>", "parameters: int, endpoint, table")
                .contains("e.g. <q>within 30 seconds the Kafka topic &quot;customers&quot; contains exactly:</q>");
        assertThat(index).contains("href=\"phrasebook.html\"");
        assertThat(index + page)
                .doesNotContain(ROOT)
                .doesNotContain("file:")
                .as("nothing fetched from elsewhere")
                .doesNotContainPattern("(src|href|url)[=(]\"?https?:");
    }

    @Test
    void aScenarioThatPassedAndFailedWithinTheWindowIsMarkedFlaky() throws IOException {
        Path history = site.resolve("history");
        RunHistory.appendAndLoad(history, RunResults.of(envelopes("PASSED"), ROOT), 10);
        RunResults failed = RunResults.of(envelopes("FAILED"), ROOT);
        RunHistory both = RunHistory.appendAndLoad(
                history, new RunResults(failed.started().plusSeconds(60), failed.took(), failed.features()), 10);

        assertThat(both.of("features/masking/masking.feature", "SSN"))
                .extracting(RunHistory.Outcome::status)
                .containsExactly("PASSED", "FAILED");
        assertThat(both.isFlaky("features/masking/masking.feature", "SSN")).isTrue();
        assertThat(RunHistory.appendAndLoad(history, failed, 1).isFlaky("features/masking/masking.feature", "SSN"))
                .as("outside a window of one run")
                .isFalse();

        LivingDocsSite.write(failed, Map.of(), both, List.of(), site);
        assertThat(Files.readString(site.resolve("index.html"))).contains("data-flaky=\"true\"", "badge flaky");
        assertThat(Files.readString(site.resolve("features/features-masking-masking.html")))
                .contains("Last 2 runs: <span class=\"passed\"");
    }
}
