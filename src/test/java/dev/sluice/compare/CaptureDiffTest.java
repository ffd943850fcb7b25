package dev.sluice.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureDiffTest {
    private static Capture.Cell c(String type, String value) {
        return new Capture.Cell(type, value);
    }

    private static Capture capture(String status, Capture.Place... places) {
        return new Capture("features/a.feature:10", "copy", status, List.of(places));
    }

    private static Capture.Place table(List<List<Capture.Cell>> rows) {
        return new Capture.Place("PostgreSQL table \"copy\"", List.of("id", "amount"), List.of("id"), rows);
    }

    @Test
    void aCellThatDiffersInValueOrTypeIsNamedByKeyAndColumn() {
        Capture a = capture(
                "passed",
                table(List.of(
                        List.of(c("Integer", "1"), c("BigDecimal", "123456789012345678901234.123456")),
                        List.of(c("Integer", "2"), c("BigDecimal", "7")))));
        Capture b = capture(
                "passed",
                table(List.of(
                        List.of(c("Integer", "1"), c("Double", "1.2345678901234568E23")),
                        List.of(c("Integer", "2"), c("Double", "7")))));
        List<CaptureDiff.ScenarioDiff> diffs = CaptureDiff.of(Map.of(a.id(), a), Map.of(b.id(), b));
        assertThat(diffs).hasSize(1);
        assertThat(diffs.get(0).differences())
                .containsExactly(
                        "PostgreSQL table \"copy\": column amount: 2 cells differ (BigDecimal → Double)",
                        "PostgreSQL table \"copy\": key id=1: amount: '123456789012345678901234.123456' (BigDecimal) → "
                                + "'1.2345678901234568E23' (Double)",
                        "PostgreSQL table \"copy\": key id=2: amount: '7' (BigDecimal) → '7' (Double)");
    }

    @Test
    void sameDataNoDifference() {
        Capture a = capture("passed", table(List.of(List.of(c("Integer", "1"), c("null", null)))));
        assertThat(CaptureDiff.of(Map.of(a.id(), a), Map.of(a.id(), a))).isEmpty();
    }

    @Test
    void keysMissingRecordsCountedStatusesAndColumns() {
        Capture.Place topicA = new Capture.Place(
                "Kafka topic \"t\"",
                List.of("id", "v"),
                List.of("id"),
                List.of(List.of(c("Integer", "1"), c("String", "a")), List.of(c("Integer", "2"), c("String", "b"))));
        Capture.Place topicB = new Capture.Place(
                "Kafka topic \"t\"",
                List.of("id", "v", "w"),
                List.of("id"),
                List.of(
                        List.of(c("Integer", "1"), c("String", "a"), c("null", null)),
                        List.of(c("Integer", "1"), c("String", "a"), c("null", null))));
        List<String> lines = CaptureDiff.of(
                        Map.of("x", new Capture("x", "s", "passed", List.of(topicA))),
                        Map.of("x", new Capture("x", "s", "failed", List.of(topicB))))
                .get(0)
                .differences();
        assertThat(lines)
                .containsExactly(
                        "the scenario passed on A and failed on B",
                        "Kafka topic \"t\": columns [id, v] → [id, v, w]",
                        "Kafka topic \"t\": key id=1: 1 records on A, 2 on B",
                        "Kafka topic \"t\": key id=2: only on A",
                        "Kafka topic \"t\": column w: 1 cell differs (no such column → null)",
                        "Kafka topic \"t\": key id=1 (record 1): w: (no such column) → NULL (null)");
    }

    @Test
    void withoutAKeyRowsAreComparedAsAMultiset() {
        Capture.Place a = new Capture.Place(
                "S3 bucket \"l\"",
                List.of("v"),
                List.of(),
                List.of(List.of(c("String", "a")), List.of(c("String", "b"))));
        Capture.Place b = new Capture.Place(
                "S3 bucket \"l\"",
                List.of("v"),
                List.of(),
                List.of(List.of(c("String", "b")), List.of(c("String", "c"))));
        assertThat(CaptureDiff.place(a, b))
                .containsExactly("row only on A: {v='a' (String)}", "row only on B: {v='c' (String)}");
    }

    @Test
    void aScenarioOnOneSideOnlyAndCapturesThroughFiles(@TempDir Path dir) throws Exception {
        Capture a = capture("passed", table(List.of(List.of(c("Integer", "1"), c("BigDecimal", "2.5")))));
        a.write(dir.resolve("A"));
        try (var files = Files.list(dir.resolve("A"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("features_a.feature_10.json");
        }
        Map<String, Capture> read = Capture.readAll(dir.resolve("A"));
        assertThat(read).containsEntry(a.id(), a);
        List<CaptureDiff.ScenarioDiff> diffs = CaptureDiff.of(read, Capture.readAll(dir.resolve("B")));
        assertThat(diffs.get(0).differences()).containsExactly("ran on A only");
        assertThat(ComparisonReport.text(Stack.parse("4.1.1"), Stack.parse("4.3.1"), 1, diffs))
                .contains("1 scenarios compared, 1 differs")
                .contains("ran on A only");
    }
}
