package dev.sluice.sdk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.sdk.ConnectClient.ConnectorPlugin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnownCoreBreaksTest {
    private static final String ICEBERG_SINK = "org.apache.iceberg.connect.IcebergSinkConnector";
    private final List<ConnectorSpec> lake =
            List.of(new ConnectorSpec("c", "sink", Map.of("connector.class", ICEBERG_SINK)));

    private static List<ConnectorPlugin> iceberg(String version) {
        return List.of(new ConnectorPlugin(ICEBERG_SINK, "sink", version));
    }

    @Test
    void aReleaseDeclaredToFailOnTheCoreIsRefusedSayingWhyAndWhatRunsInstead() {
        assertThat(KnownCoreBreaks.refusal("4.4.0", iceberg("1.12.0"), lake))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains("'iceberg' 1.12.0 (its sink connector)")
                        .contains("does not run on Kafka 4.4.0")
                        .contains("org.apache.kafka.common.utils.AppInfoParser")
                        .contains("an older core (sluice.kafka.version)")
                        .contains("sluice.iceberg.version"));
        assertThat(KnownCoreBreaks.refusal("4.5.1", iceberg("1.10.1"), lake)).isPresent();
    }

    @Test
    void olderCoresAndNewerReleasesAreNotRefused() {
        assertThat(KnownCoreBreaks.refusal("4.3.1", iceberg("1.12.0"), lake)).isEmpty();
        assertThat(KnownCoreBreaks.refusal("4.4.0", iceberg("1.13.0"), lake)).isEmpty();
        assertThat(KnownCoreBreaks.refusal("4.4.0", List.of(), lake)).isEmpty();
        assertThat(KnownCoreBreaks.refusal(
                        "4.4.0",
                        iceberg("1.12.0"),
                        List.of(new ConnectorSpec(
                                "c",
                                "source",
                                Map.of("connector.class", "io.debezium.connector.postgresql.PostgresConnector")))))
                .isEmpty();
    }

    @Test
    void kafkasOwnConnectorListedWithoutAVersionIsRefusedOthersAreNot() {
        String mirror = "org.apache.kafka.connect.mirror.MirrorSourceConnector";
        List<ConnectorSpec> copy = List.of(new ConnectorSpec("c", "source", Map.of("connector.class", mirror)));

        assertThat(KnownCoreBreaks.refusal("4.4.0", List.of(new ConnectorPlugin(mirror, "source", "")), copy))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains("Kafka's own connector " + mirror)
                        .contains("this Kafka 4.4.0 worker lists without a version")
                        .contains("(its source connector)")
                        .contains("sluice.kafka.version"));
        assertThat(KnownCoreBreaks.refusal("4.3.1", List.of(new ConnectorPlugin(mirror, "source", "4.3.1")), copy))
                .isEmpty();
        // Only Kafka's own: a team's plugin that declares no version is the team's business.
        assertThat(KnownCoreBreaks.withoutVersion(
                        "4.4.0",
                        List.of(new ConnectorPlugin("com.example.Source", "source", "")),
                        "com.example.Source"))
                .isEmpty();
    }

    @Test
    void versionsCompareByTheirNumbers() {
        assertThat(KnownCoreBreaks.compare("4.4.0", "4.4")).isZero();
        assertThat(KnownCoreBreaks.compare("4.3.9", "4.4")).isNegative();
        assertThat(KnownCoreBreaks.compare("4.10.0", "4.4")).isPositive();
        assertThat(KnownCoreBreaks.compare("3.7.0.Final", "3.7.0")).isZero();
        assertThat(KnownCoreBreaks.compare("1.12.1", "1.12.0")).isPositive();
    }
}
