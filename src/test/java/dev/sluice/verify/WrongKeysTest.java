package dev.sluice.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A failed check names the keys it found wrong, for their traces: missing, different, twice, lost. */
class WrongKeysTest {
    private static final List<String> HEADER = List.of("id", "name");

    private static TableData table(String... rows) {
        return new TableData(
                HEADER,
                java.util.Arrays.stream(rows).map(r -> List.of(r.split(" "))).toList());
    }

    private static String keys(List<RowKey> keys) {
        return keys.stream().map(RowKey::toString).toList().toString();
    }

    @Test
    void perKeyTheMissingTheDifferentAndTheUnexpected() {
        TableComparison c = TableComparison.of(table("1 Ann", "2 Bob", "3 Cy"), table("1 Ann", "2 Bo", "4 Di"));
        assertThat(keys(c.wrongKeys(List.of("id")))).isEqualTo("[id=2, id=3, id=4]");
    }

    @Test
    void aKeyTwiceInALogIsWrongOnce() {
        TableComparison c = TableComparison.of(table("1 Ann", "2 Bob"), table("1 Ann", "2 Bob", "1 Ann"));
        assertThat(keys(c.wrongKeys(List.of("id")))).isEqualTo("[id=1]");
    }

    @Test
    void noKeyColumnsNoKeys() {
        TableComparison c = TableComparison.of(table("1 Ann"), table("2 Bob"));
        assertThat(c.wrongKeys(List.of())).isEmpty();
        assertThat(c.wrongKeys(List.of("sku"))).isEmpty();
    }

    @Test
    void aKeyMatchesARecordByMeaningAndNamesNull() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("region", null);
        values.put("id", "7");
        RowKey key = new RowKey(values);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", 7L);
        record.put("region", null);
        record.put("name", "x");
        assertThat(key.matches(record)).isTrue();
        assertThat(key.matches(Map.of("id", 7L)))
                .as("a record without the column")
                .isFalse();
        assertThat(key.matches(null)).isFalse();
        assertThat(key).hasToString("region=NULL, id=7");
    }

    @Test
    void theLostKeysOfADeliveryCheck() {
        List<Map<String, Object>> origin = List.of(Map.of("id", 1), Map.of("id", 2), Map.of("id", 3));
        Destination destination = new Destination() {
            @Override
            public String describe() {
                return "copy";
            }

            @Override
            public Snapshot read() {
                return new Snapshot(List.of(Map.of("id", 1)), Optional.of(List.of("id")), List.of());
            }
        };
        Destination from = new Destination() {
            @Override
            public String describe() {
                return "origin";
            }

            @Override
            public Snapshot read() {
                return new Snapshot(origin, Optional.of(List.of("id")), List.of());
            }
        };
        CheckFailure failure = Assertions.catchThrowableOfType(
                CheckFailure.class,
                () -> DestinationAssertions.deliveredAtLeastOnce(
                        from, List.of("id"), destination, Duration.ofMillis(100), Optional::empty));
        assertThat(keys(failure.wrongKeys())).isEqualTo("[id=2, id=3]");
    }
}
