package dev.sluice.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeliveriesTest {
    private static List<Map<String, Object>> ids(int... ids) {
        return IntStream.of(ids)
                .mapToObj(i -> Map.<String, Object>of("id", i, "name", "n" + i))
                .toList();
    }

    @Test
    void countsLostAndDuplicatedKeysComparingByMeaning() {
        List<Map<String, Object>> destination = List.of(
                Map.of("id", new BigDecimal("1.0")),
                Map.of("id", "1"),
                Map.of("id", 1),
                Map.of("id", 3),
                Map.of("id", 99));
        Deliveries d = Deliveries.count(List.of("id"), ids(1, 2, 3, 4), destination);

        assertThat(d.lost()).containsOnlyKeys(List.of("2"), List.of("4"));
        assertThat(d.duplicated()).containsExactly(Map.entry(List.of("1"), 3));
        assertThat(d.duplicateCount()).isEqualTo(2);
        assertThat(d.nothingLost()).isFalse();
        assertThat(d.describe())
                .isEqualTo("4 keys (id) in the origin: 2 delivered, 2 lost (e.g. 2, 4), 1 delivered more than once "
                        + "(2 extra records; e.g. 1 ×3)");
    }

    @Test
    void compositeKeysAndAtMostTenExamples() {
        List<Map<String, Object>> origin = IntStream.range(0, 30)
                .mapToObj(i -> Map.<String, Object>of("a", i, "b", "x"))
                .toList();
        Deliveries d = Deliveries.count(List.of("a", "b"), origin, List.of(Map.of("a", 0, "b", "x")));

        assertThat(d.lost()).hasSize(29);
        assertThat(d.describe()).contains("29 lost (e.g. 1/x, 2/x, 3/x, 4/x, 5/x, 6/x, 7/x, 8/x, 9/x, 10/x)");
    }

    @Test
    void anOriginWithoutAKeyIsRefused() {
        assertThatThrownBy(() -> Deliveries.count(List.of(), ids(1), ids(1))).hasMessageContaining("has no key");
    }
}
