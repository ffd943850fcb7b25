package dev.sluice.environment.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.environment.shared.ConsistencyMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsistencyCheckTest {
    private final Map<String, String> core =
            Map.of(ConsistencyCheck.VERSION, "4.1.1", ConsistencyCheck.BUILD, "abc123");

    @Test
    void stageLibrariesBuiltForThisCorePass() {
        assertThat(ConsistencyCheck.mismatches(
                        "sluice/connect:4.1.1",
                        core,
                        Map.of(
                                "sluice/stage-iceberg:1.10.1-core4.1.1",
                                Map.of(
                                        ConsistencyCheck.BUILT_FOR_CORE_VERSION,
                                        "4.1.1",
                                        ConsistencyCheck.BUILT_FOR_CORE_BUILD,
                                        "abc123"))))
                .isEmpty();
    }

    @Test
    void anotherCoreVersionOrBuildIsVersionSkewNamingBoth() {
        List<String> problems = ConsistencyCheck.mismatches(
                "sluice/connect:4.1.1",
                core,
                Map.of(
                        "sluice/stage-debezium-jdbc:3.3.1.Final-core4.0.0",
                        Map.of(
                                ConsistencyCheck.BUILT_FOR_CORE_VERSION,
                                "4.0.0",
                                ConsistencyCheck.BUILT_FOR_CORE_BUILD,
                                "abc123"),
                        "sluice/stage-iceberg:1.10.1-core4.1.1",
                        Map.of(
                                ConsistencyCheck.BUILT_FOR_CORE_VERSION,
                                "4.1.1",
                                ConsistencyCheck.BUILT_FOR_CORE_BUILD,
                                "fff000")));

        assertThat(problems).hasSize(2);
        assertThat(String.join("\n", problems))
                .contains("sluice/stage-debezium-jdbc:3.3.1.Final-core4.0.0 was built for core 4.0.0 (build abc123)")
                .contains("the core sluice/connect:4.1.1 is 4.1.1 (build abc123)")
                .contains("built for core 4.1.1 (build fff000)");
        assertThat(ConsistencyCheck.describe(problems))
                .contains("docker/build.sh")
                .contains("-Dsluice.consistency=warn");
    }

    @Test
    void unlabelledImagesAreSkewToo() {
        assertThat(ConsistencyCheck.mismatches("core", core, Map.of("stage", Map.of())))
                .hasSize(1);
    }

    @Test
    void modeIsFailOrWarn() {
        assertThat(ConsistencyMode.parse("Warn")).isEqualTo(ConsistencyMode.WARN);
        assertThatThrownBy(() -> ConsistencyMode.parse("ignore")).hasMessageContaining("'fail' or 'warn'");
    }
}
