package dev.sluice.sdk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourcePositionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode answer(String offset) throws Exception {
        return JSON.readTree("{\"offsets\":[{\"partition\":{\"server\":\"s\"},\"offset\":" + offset + "}]}");
    }

    @Test
    void aFinishedSnapshotIsAPosition() throws Exception {
        // As Debezium's PostgreSQL source 3.4 committed it after a two-row snapshot.
        assertThat(SourcePositions.recorded(answer("{\"last_snapshot_record\":true,\"lsn\":24216648,\"txId\":738,"
                        + "\"ts_usec\":1796263500709822,\"snapshot\":\"INITIAL\",\"snapshot_completed\":true}")))
                .isTrue();
    }

    @Test
    void aStreamingOffsetIsAPosition() throws Exception {
        assertThat(SourcePositions.recorded(answer("{\"lsn_proc\":24217000,\"lsn_commit\":24217000,\"lsn\":24217000}")))
                .isTrue();
    }

    @Test
    void aSnapshotUnderWayIsAPositionToo() throws Exception {
        // A long snapshot commits in parts: its start must not wait for the whole of it.
        assertThat(SourcePositions.recorded(answer("{\"last_snapshot_record\":false,\"lsn\":1,"
                        + "\"snapshot\":\"INITIAL\",\"snapshot_completed\":false}")))
                .isTrue();
    }

    @Test
    void noOffsetIsNoPosition() throws Exception {
        assertThat(SourcePositions.recorded(JSON.readTree("{\"offsets\":[]}"))).isFalse();
        assertThat(SourcePositions.recorded(JSON.readTree("{}"))).isFalse();
        assertThat(SourcePositions.recorded(answer("{}"))).isFalse();
    }

    @Test
    void onlyDebeziumSourcesAreWaitedFor() {
        assertThat(SourcePositions.applies(spec("source", "io.debezium.connector.postgresql.PostgresConnector")))
                .isTrue();
        assertThat(SourcePositions.applies(spec("sink", "io.debezium.connector.jdbc.JdbcSinkConnector")))
                .isFalse();
        assertThat(SourcePositions.applies(spec("source", "org.apache.kafka.connect.file.FileStreamSourceConnector")))
                .isFalse();
    }

    private static ConnectorSpec spec(String role, String connectorClass) {
        return new ConnectorSpec("c", role, Map.of("connector.class", connectorClass));
    }
}
