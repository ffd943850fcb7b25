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
    void theTagsRunningAloneAreThoseGivenTheGlobalKey() {
        java.util.Properties p = new java.util.Properties();
        String global = "org.junit.platform.engine.support.hierarchical.ExclusiveResource.GLOBAL_KEY";
        p.setProperty("cucumber.execution.exclusive-resources.faults.read-write", global);
        p.setProperty("cucumber.execution.exclusive-resources.upgrade.read-write", global);
        p.setProperty("cucumber.execution.exclusive-resources.files.read-write", "shared-files");
        p.setProperty("cucumber.execution.exclusive-resources.reports.read", global);
        assertThat(ScenarioPool.tagsRunningAlone(p)).containsExactly("@faults", "@upgrade");
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
