package dev.sluice.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScenarioPoolTest {
    @Test
    void autoIsOneMoreThanTheCores() {
        assertThat(ScenarioPool.parallelism("auto", 2)).isEqualTo(3);
        assertThat(ScenarioPool.parallelism(null, 8)).isEqualTo(9);
        assertThat(ScenarioPool.parallelism(" 4 ", 2)).isEqualTo(4);
    }

    @Test
    void aBadValueSaysWhatIsExpected() {
        assertThatThrownBy(() -> ScenarioPool.parallelism("0", 2))
                .hasMessageContaining("sluice.parallelism must be a positive number")
                .hasMessageContaining("but was '0'")
                .hasMessageContaining("-Dcucumber.execution.parallel.enabled=false");
        assertThatThrownBy(() -> ScenarioPool.parallelism("many", 2)).hasMessageContaining("'many'");
    }
}
