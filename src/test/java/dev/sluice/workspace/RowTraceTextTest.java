package dev.sluice.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.sdk.system.LocatesRows.Located;
import dev.sluice.verify.RowKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowTraceTextTest {
    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            f.put((String) pairs[i], pairs[i + 1]);
        }
        return f;
    }

    private static List<RowTraces.RowTrace> traces() {
        List<Located> inTopic = new ArrayList<>();
        for (int offset = 0; offset < 5; offset++) {
            inTopic.add(new Located(
                    "partition 0, offset " + offset, fields("id", 2, "note", "x".repeat(100), "header:trace", "abc")));
        }
        inTopic.add(new Located("partition 0, offset 9", null));
        return List.of(new RowTraces.RowTrace(
                new RowKey(Map.of("id", "2")),
                List.of(
                        new RowTraces.RowTrace.Stop(
                                "PostgreSQL table \"t\"",
                                "",
                                List.of(new Located("", fields("id", 2, "n", null))),
                                null),
                        new RowTraces.RowTrace.Stop("Kafka topic \"t\"", "connector c (source)", inTopic, null),
                        new RowTraces.RowTrace.Stop("PostgreSQL table \"copy\"", "connector d (sink)", List.of(), null),
                        new RowTraces.RowTrace.Stop(
                                "S3 bucket \"lake\"", "", List.of(), "java.io.IOException: gone"))));
    }

    @Test
    void compactShowsAFewRecordsPerPlaceWithoutHeadersAndCutsLongValues() {
        String text = RowTraceText.compact(traces());
        assertThat(text)
                .contains("  key id=2\n")
                .contains("    PostgreSQL table \"t\": 1 record\n      {id=2, n=NULL}\n")
                .contains("    Kafka topic \"t\", written by connector c (source): 6 records\n")
                .contains("      partition 0, offset 0: {id=2, note=" + "x".repeat(60) + "…}\n")
                .contains("      … and 3 more\n")
                .contains("    PostgreSQL table \"copy\", written by connector d (sink): no record of this key\n")
                .contains("    S3 bucket \"lake\": could not be read: java.io.IOException: gone\n")
                .doesNotContain("header:")
                .doesNotContain("offset 3");
    }

    @Test
    void wholeShowsEveryRecordHeadersAndDeletes() {
        String text = RowTraceText.whole(traces());
        assertThat(text)
                .contains("offset 4: {id=2, note=" + "x".repeat(100) + ", header:trace=abc}")
                .contains("partition 0, offset 9: (a delete: the record has no value)")
                .doesNotContain("more\n");
    }
}
