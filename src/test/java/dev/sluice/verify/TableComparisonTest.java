package dev.sluice.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableComparisonTest {
    @Test
    void valuesCompareByMeaning() {
        assertThat(Values.canonical(new BigDecimal("10.500000"))).isEqualTo(Values.text("10.5"));
        assertThat(Values.canonical(7)).isEqualTo(Values.text("7.00"));
        assertThat(Values.canonical(BigDecimal.ZERO.setScale(6))).isEqualTo("0");
        assertThat(Values.canonical(true)).isEqualTo(Values.text("TRUE"));
        assertThat(Values.canonical(Timestamp.valueOf("2024-01-01 10:00:00")))
                .isEqualTo(Values.text("2024-01-01T10:00"));
        assertThat(Values.canonical(LocalDateTime.parse("2024-01-01T10:00:00.250")))
                .isEqualTo("2024-01-01 10:00:00.25");
        assertThat(Values.canonical(LocalDate.parse("2024-02-29"))).isEqualTo("2024-02-29");
        assertThat(Values.canonical(null)).isNull();
        assertThat(Values.text("****")).isEqualTo("****");
        assertThat(Values.text("123-45-6789")).isEqualTo("123-45-6789");
    }

    @Test
    void orderDoesNotMatterButMultiplicityDoes() {
        TableData expected = new TableData(List.of("id", "name"), List.of(List.of("1", "Ann"), List.of("2", "Bob")));
        TableData reordered = new TableData(List.of("id", "name"), List.of(List.of("2", "Bob"), List.of("1.0", "Ann")));
        TableData duplicated = new TableData(
                List.of("id", "name"), List.of(List.of("1", "Ann"), List.of("2", "Bob"), List.of("2", "Bob")));

        assertThat(TableComparison.of(expected, reordered).matches()).isTrue();
        TableComparison dup = TableComparison.of(expected, duplicated);
        assertThat(dup.matches()).isFalse();
        assertThat(dup.unexpected()).containsExactly(List.of("2", "Bob"));
        assertThat(dup.describeDifference())
                .contains("unexpected (seen, not expected)")
                .contains("| 2  | Bob  |");
    }

    @Test
    void nullIsAnEmptyCellAndDiffersFromText() {
        TableData expected = new TableData(List.of("id", "note"), List.of(Arrays.asList("1", null)));
        Map<String, Object> record = new HashMap<>();
        record.put("id", 1);
        record.put("note", null);
        record.put("ignored", "x");
        assertThat(TableComparison.of(expected, TableData.project(List.of("id", "note"), List.of(record)))
                        .matches())
                .isTrue();

        record.put("note", "");
        TableComparison c = TableComparison.of(expected, TableData.project(List.of("id", "note"), List.of(record)));
        assertThat(c.matches()).isFalse();
        assertThat(c.missing()).hasSize(1);
    }

    @Test
    void aKeyedDestinationReportsPerKeyWithEachDifferingCell() {
        TableData expected = new TableData(
                List.of("id", "name", "city"),
                List.of(List.of("1", "Ann", "Tromsø"), List.of("2", "Bob", "Bergen"), List.of("3", "Cleo", "Oslo")));
        TableData seen = new TableData(
                List.of("id", "name", "city"),
                List.of(List.of("1", "Ann", "Oslo"), Arrays.asList("2", "Bob", null), List.of("9", "Zed", "Bodø")));
        TableComparison comparison = TableComparison.of(expected, seen);

        assertThat(comparison.describeDifference(List.of("id")))
                .isEqualTo("keys missing (expected, not seen): id=3\n"
                        + "keys unexpected (seen, not expected): id=9\n"
                        + "rows that differ (expected → seen):\n"
                        + "  id=1: city: Tromsø → Oslo\n"
                        + "  id=2: city: Bergen → NULL\n");
        assertThat(comparison.describeDifference(List.of()))
                .as("without a key, rows as a whole")
                .contains("missing (expected, not seen)");
        assertThat(comparison.describeDifference(List.of("email")))
                .as("a key the expected rows do not give")
                .contains("missing (expected, not seen)");
    }

    @Test
    void compositeKeysAndKeysSeenTwiceFallBackToRows() {
        TableData expected =
                new TableData(List.of("o", "l", "qty"), List.of(List.of("1", "1", "5"), List.of("1", "2", "3")));
        TableData seen =
                new TableData(List.of("o", "l", "qty"), List.of(List.of("1", "1", "5"), List.of("1", "2", "4")));
        assertThat(TableComparison.of(expected, seen).describeDifference(List.of("o", "l")))
                .isEqualTo("rows that differ (expected → seen):\n  o=1, l=2: qty: 3 → 4\n");
        TableData twice =
                new TableData(List.of("o", "l", "qty"), List.of(List.of("1", "1", "5"), List.of("1", "1", "5")));
        assertThat(TableComparison.of(expected, twice).describeDifference(List.of("o", "l")))
                .contains("unexpected (seen, not expected)");
    }
}
