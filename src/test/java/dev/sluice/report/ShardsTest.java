package dev.sluice.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardsTest {
    private static final List<String> SCENARIOS =
            IntStream.rangeClosed(1, 7).mapToObj(i -> "f.feature:s" + i).toList();

    @Test
    void withoutHistoryEveryShardGetsAsManyScenariosGiveOrTakeOne() {
        Map<String, Integer> plan = Shards.plan(SCENARIOS, Map.of(), 3);

        assertThat(plan).hasSize(7);
        assertThat(IntStream.rangeClosed(1, 3).map(k ->
                        (int) plan.values().stream().filter(v -> v == k).count()))
                .containsExactlyInAnyOrder(3, 2, 2);
    }

    @Test
    void withHistoryTheLongScenariosAreSpreadAndTheTotalsBalance() {
        Map<String, Long> durations = Map.of(
                "f.feature:s1",
                60_000L,
                "f.feature:s2",
                50_000L,
                "f.feature:s3",
                10_000L,
                "f.feature:s4",
                10_000L,
                "f.feature:s5",
                10_000L,
                "f.feature:s6",
                10_000L);
        Map<String, Integer> plan = Shards.plan(SCENARIOS, durations, 2);

        assertThat(plan.get("f.feature:s1")).isNotEqualTo(plan.get("f.feature:s2"));
        long[] load = new long[3];
        plan.forEach((s, k) -> load[k] += durations.getOrDefault(s, 10_000L));
        assertThat(Math.abs(load[1] - load[2])).isLessThanOrEqualTo(10_000L);
    }

    @Test
    void thePlanIsTheSameWhateverOrderTheScenariosComeIn() {
        List<String> reversed = new java.util.ArrayList<>(SCENARIOS);
        java.util.Collections.reverse(reversed);
        assertThat(Shards.plan(reversed, Map.of(), 3)).isEqualTo(Shards.plan(SCENARIOS, Map.of(), 3));
    }

    @Test
    void aShardIsKOfN() {
        assertThat(Shards.Shard.parse(" 2/3 ")).isEqualTo(new Shards.Shard(2, 3));
        assertThatThrownBy(() -> Shards.Shard.parse("3/2")).hasMessageContaining("1 <= K <= N");
        assertThatThrownBy(() -> Shards.Shard.parse("half")).hasMessageContaining("expects K/N");
    }
}
