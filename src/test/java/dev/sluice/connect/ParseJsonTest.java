package dev.sluice.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.MaskField;
import org.junit.jupiter.api.Test;

class ParseJsonTest {
    private final ParseJson<SourceRecord> parse = new ParseJson<>();

    private static SourceRecord mirrored(String value) {
        return new SourceRecord(
                Map.of("topic", "raw", "partition", 0),
                Map.of("offset", 41L),
                "raw",
                0,
                Schema.OPTIONAL_BYTES_SCHEMA,
                "k1".getBytes(StandardCharsets.UTF_8),
                Schema.OPTIONAL_BYTES_SCHEMA,
                value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void connectsEnvelopeBecomesAStructTheEngineTransformsCanMask() {
        SourceRecord parsed = parse.apply(mirrored("{\"schema\":{\"type\":\"struct\",\"fields\":["
                + "{\"field\":\"id\",\"type\":\"int64\"},{\"field\":\"ssn\",\"type\":\"string\",\"optional\":true}]},"
                + "\"payload\":{\"id\":9007199254740993,\"ssn\":\"123-45\"}}"));

        assertThat(parsed.value()).isInstanceOf(Struct.class);
        assertThat(((Struct) parsed.value()).getInt64("id")).isEqualTo(9007199254740993L);
        try (MaskField<SourceRecord> mask = new MaskField.Value<>()) {
            mask.configure(Map.of("fields", "ssn", "replacement", "****"));
            assertThat(((Struct) mask.apply(parsed).value()).getString("ssn")).isEqualTo("****");
        }
        assertThat(parsed.key()).as("keys pass byte for byte").isEqualTo("k1".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainJsonBecomesAMapAndDeletesStayTombstones() {
        assertThat(parse.apply(mirrored("{\"id\":1,\"name\":\"Zoë\"}")).value())
                .isEqualTo(Map.of("id", 1L, "name", "Zoë"));
        SourceRecord delete = parse.apply(mirrored(null));
        assertThat(delete.value()).isNull();
        assertThat(delete.valueSchema()).isNull();
        assertThat(delete.key()).isEqualTo("k1".getBytes(StandardCharsets.UTF_8));
        try (JsonConverter converter = new JsonConverter()) {
            converter.configure(Map.of("schemas.enable", "true"), false);
            assertThat(converter.fromConnectData("copy", delete.valueSchema(), delete.value()))
                    .as("written as a tombstone")
                    .isNull();
            assertThatThrownBy(() -> converter.fromConnectData("copy", Schema.BYTES_SCHEMA, null))
                    .as("the mirror's required schema is refused")
                    .isInstanceOf(DataException.class);
        }
    }

    @Test
    void aValueThatIsNotJsonSaysWhereItIs() {
        assertThatThrownBy(() -> parse.apply(mirrored("not json")))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("topic raw, partition 0, offset 41 is not JSON")
                .hasMessageContaining("6e 6f 74 20");
    }
}
