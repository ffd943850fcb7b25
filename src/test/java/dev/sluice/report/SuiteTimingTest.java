package dev.sluice.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteTimingTest {
    private static Map<String, Object> run(double wall, String set) {
        return Map.of("wallSeconds", wall, "scenarioSet", set);
    }

    @Test
    void theSpeedUpComesFromTwoRunsOfTheSameScenarios() {
        Map<String, Object> serialOnly = SuiteTiming.merge(Map.of(), "serial", run(600, "a"), 2);
        Map<String, Object> both = SuiteTiming.merge(serialOnly, "parallel", run(300, "a"), 2);
        assertThat(both).containsEntry("speedUp", 2.0).containsKeys("serial", "parallel");
    }

    @Test
    void aRunOfOtherScenariosDropsTheOtherModesFigures() {
        Map<String, Object> serialOnly = SuiteTiming.merge(Map.of(), "serial", run(600, "a"), 2);
        Map<String, Object> other = SuiteTiming.merge(serialOnly, "parallel", run(30, "b"), 2);
        assertThat(other).containsKey("parallel").doesNotContainKeys("serial", "speedUp");
    }

    @Test
    void theScenarioSetDoesNotDependOnTheOrderScenariosFinishedIn() {
        assertThat(SuiteTiming.fingerprint(List.of("f:1", "f:9", "g:3")))
                .isEqualTo(SuiteTiming.fingerprint(List.of("g:3", "f:1", "f:9")))
                .isNotEqualTo(SuiteTiming.fingerprint(List.of("f:1", "f:9")));
    }
}
