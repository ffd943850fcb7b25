package dev.sluice.environment.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.environment.CoreVersion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class DeclaredCoreTest {
    private static final CoreVersion CORE_37 = CoreVersion.parse("3.7.2");
    private static final List<DeclaredCore.Declaration> DECLARED = List.of(
            new DeclaredCore.Declaration("debezium-postgres 3.3.1.Final", Optional.of("4.1.0")),
            new DeclaredCore.Declaration("debezium-jdbc 2.7.0.Final", Optional.of("3.7.0")),
            new DeclaredCore.Declaration("debezium-mariadb 2.7.0.Final", Optional.of("3.6.1")),
            new DeclaredCore.Declaration("iceberg 1.10.1", Optional.empty()));

    @Test
    void aLibraryBuiltForANewerCoreIsSkewAndOlderOrSameLinesAreNot() {
        assertThat(DeclaredCore.skew(CORE_37, DECLARED))
                .containsExactly("stage library debezium-postgres 3.3.1.Final was built against Kafka 4.1.0, "
                        + "newer than the core 3.7.2 it would run on");
        assertThat(DeclaredCore.skew(CoreVersion.parse("4.1.1"), DECLARED)).isEmpty();
        assertThat(DeclaredCore.undeclared(DECLARED)).containsExactly("iceberg 1.10.1");
    }

    @Test
    void aLibraryOfAnOlderMajorVersionIsARiskNotSkew() {
        CoreVersion core41 = CoreVersion.parse("4.1.1");
        assertThat(DeclaredCore.olderMajor(core41, DECLARED)).hasSize(2).allSatisfy(risk -> assertThat(risk)
                .contains("an older major version than the core 4.1.1"));
        assertThat(DeclaredCore.olderMajor(CORE_37, DECLARED)).isEmpty();
    }

    @Test
    void failRefusesWithBothVersionsAndTheWaysOutWarnGoesOn() {
        List<String> skew = DeclaredCore.skew(CORE_37, DECLARED);
        String report = DeclaredCore.describe(CORE_37, skew);

        assertThatThrownBy(() -> ConsistencyMode.FAIL.apply(skew, report, LoggerFactory.getLogger("test")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Kafka 4.1.0, newer than the core 3.7.2")
                .hasMessageContaining("built for Kafka 3.7 or older")
                .hasMessageContaining("-Dsluice.consistency=warn")
                .hasMessageContaining("Nothing was started");
        ConsistencyMode.WARN.apply(skew, report, LoggerFactory.getLogger("test"));
        ConsistencyMode.FAIL.apply(List.of(), "", LoggerFactory.getLogger("test"));
    }

    @Test
    void theBrokerConfigurationFollowsTheCore() {
        assertThat(BrokerConfig.quorum(CORE_37, "127.0.0.1:9094"))
                .containsExactlyEntriesOf(java.util.Map.of("controller.quorum.voters", "1@127.0.0.1:9094"));
        assertThat(BrokerConfig.formatOptions(CORE_37)).isEmpty();
        CoreVersion newest = CoreVersion.parse("4.1.1");
        assertThat(BrokerConfig.quorum(newest, "127.0.0.1:9094"))
                .containsExactlyEntriesOf(java.util.Map.of("controller.quorum.bootstrap.servers", "127.0.0.1:9094"));
        assertThat(BrokerConfig.formatOptions(newest)).containsExactly("--standalone");
    }
}
