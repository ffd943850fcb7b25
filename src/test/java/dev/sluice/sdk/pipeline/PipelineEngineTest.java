package dev.sluice.sdk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineEngineTest {
    private final ConnectorSpec icebergSink = new ConnectorSpec(
            "c", "sink", Map.of("connector.class", "org.apache.iceberg.connect.IcebergSinkConnector"));

    @Test
    void aMissingStageLibraryIsNamedWithTheSettingThatAddsIt() {
        assertThat(PipelineEngine.missingStageLibrary(
                        Set.of("io.debezium.connector.postgresql.PostgresConnector"), List.of(icebergSink)))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains("needs the stage library 'iceberg'")
                        .contains("It has: [io.debezium.connector.postgresql.PostgresConnector]")
                        .contains("sluice.stage-libraries"));
    }

    @Test
    void nothingIsMissingWhenTheEngineHasEveryConnector() {
        assertThat(PipelineEngine.missingStageLibrary(
                        Set.of("org.apache.iceberg.connect.IcebergSinkConnector"), List.of(icebergSink)))
                .isEmpty();
    }
}
