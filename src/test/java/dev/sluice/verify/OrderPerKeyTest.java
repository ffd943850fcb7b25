package dev.sluice.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderPerKeyTest {
    private static TableData table(String... statuses) {
        List<List<String>> rows = java.util.Arrays.stream(statuses)
                .map(s -> List.of(s.substring(0, 1), s.substring(2)))
                .toList();
        return new TableData(List.of("id", "status"), rows);
    }

    @Test
    void onlyTheOrderWithinAKeyMatters() {
        TableData expected = table("1 created", "2 created", "1 paid");
        assertThat(OrderPerKey.differences(expected, table("2 created", "1 created", "1 paid"), List.of("id")))
                .isEmpty();
        assertThat(OrderPerKey.differences(expected, table("1 paid", "2 created", "1 created"), List.of("id"))
                        .values())
                .containsExactly("id=1: [[1, created], [1, paid]] → [[1, paid], [1, created]]");
        assertThat(OrderPerKey.differences(expected, table("1 created", "1 paid"), List.of("id"))
                        .values())
                .containsExactly("id=2: [[2, created]] → (none)");
    }
}
