package dev.sluice.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.kafka.ConnectJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

class AvroConnectJsonTest {
    /** A Debezium change event as Connect's Avro converters write it: logical types named by connect.name. */
    private static final Schema ROW = new Schema.Parser().parse("""
            {"type": "record", "name": "Value", "namespace": "sluice.orders", "fields": [
              {"name": "id", "type": "long"},
              {"name": "Select", "type": ["null", "string"], "default": null},
              {"name": "price", "type": ["null", {"type": "bytes", "connect.name": "org.apache.kafka.connect.data.Decimal",
                 "connect.parameters": {"scale": "2"}, "logicalType": "decimal", "precision": 10, "scale": 2}]},
              {"name": "placed", "type": {"type": "long", "connect.name": "io.debezium.time.MicroTimestamp"}}]}
            """);

    private static final Schema ENVELOPE = new Schema.Parser().parse("""
            {"type": "record", "name": "Envelope", "namespace": "sluice.orders", "fields": [
              {"name": "before", "type": ["null", %s], "default": null},
              {"name": "after", "type": ["null", "sluice.orders.Value"], "default": null},
              {"name": "op", "type": "string"}]}
            """.formatted(ROW.toString()));

    private static byte[] framed(Schema schema, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {0, 0, 0, 0, 9});
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    @Test
    void aChangeEventInAvroReadsAsItsNewRowWithTypesNullsAnd64BitNumbers() throws IOException {
        GenericRecord after = new GenericData.Record(ROW);
        after.put("id", 9_007_199_254_740_993L);
        after.put("Select", "Zoë");
        after.put(
                "price", ByteBuffer.wrap(new BigDecimal("12.50").unscaledValue().toByteArray()));
        after.put("placed", 1_700_000_000_123_456L);
        GenericRecord event = new GenericData.Record(ENVELOPE);
        event.put("after", after);
        event.put("op", "c");

        String json = AvroConnectJson.read(ENVELOPE, framed(ENVELOPE, event), 5);
        Map<String, Object> fields = ConnectJson.fields(AvroConnectJson.parse(json));

        assertThat(fields).containsOnlyKeys("id", "Select", "price", "placed");
        assertThat(fields.get("id")).hasToString("9007199254740993");
        assertThat(fields).containsEntry("Select", "Zoë");
        assertThat(fields.get("price")).isEqualTo(new BigDecimal("12.50"));
        assertThat(fields.get("placed")).isEqualTo(LocalDateTime.parse("2023-11-14T22:13:20.123456"));
    }

    @Test
    void aNullFieldIsNullAndTheSchemaSaysWhichFieldsAreOptional() throws IOException {
        GenericRecord row = new GenericData.Record(ROW);
        row.put("id", 1L);
        row.put("placed", 0L);
        String json = AvroConnectJson.read(ROW, framed(ROW, row), 5);
        assertThat(ConnectJson.fields(AvroConnectJson.parse(json)))
                .containsEntry("Select", null)
                .containsEntry("price", null);
        assertThat(ConnectJson.schemaOf(AvroConnectJson.parse(json)).names())
                .containsExactly("id", "Select", "price", "placed");
    }

    @Test
    void namesAvroRefusesButConvertersRegisterAreRead() throws IOException {
        Schema key = AvroConnectJson.parseSchema("""
                {"type": "record", "name": "Key", "namespace": "sluice-s1-invoices-feed.public.invoices",
                 "fields": [{"name": "id", "type": "int"}]}
                """);
        GenericRecord id = new GenericData.Record(key);
        id.put("id", 7);
        assertThat(ConnectJson.fields(AvroConnectJson.parse(AvroConnectJson.read(key, framed(key, id), 5))))
                .hasEntrySatisfying("id", v -> assertThat(v).hasToString("7"));
    }

    @Test
    void aBodyThatDoesNotMatchItsSchemaSaysSo() {
        assertThatThrownBy(() -> AvroConnectJson.read(ROW, new byte[] {0, 0, 0, 0, 9, (byte) 0xff}, 5))
                .hasMessageContaining("does not decode with its registered Avro schema");
    }
}
