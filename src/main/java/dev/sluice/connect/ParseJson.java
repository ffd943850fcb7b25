package dev.sluice.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.Transformation;

/**
 * Turns a record value written as JSON — Connect's envelope with schema, or plain JSON — into
 * Connect data (a {@code Struct} or a {@code Map}), so the engine's own transforms ({@code
 * MaskField}, {@code ReplaceField}, …) can act on records that a mirror connector copies as bytes.
 * Deletes (null values) stay tombstones, without a schema; a value that is not JSON fails the task, saying where it is.
 * Part of Sluice's stage library {@code sluice-transforms}; it runs inside the worker.
 */
public final class ParseJson<R extends ConnectRecord<R>> implements Transformation<R> {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int BYTES_SHOWN = 16;

    private final JsonConverter withSchema = converter(true);
    private final JsonConverter withoutSchema = converter(false);

    @Override
    public R apply(R record) {
        byte[] bytes = bytes(record);
        if (bytes == null) {
            // A delete stays a tombstone: without a schema, the converter writes no value (with the mirror's
            // BYTES schema it would write an envelope, or refuse a required one).
            return record.newRecord(
                    record.topic(),
                    record.kafkaPartition(),
                    record.keySchema(),
                    record.key(),
                    null,
                    null,
                    record.timestamp(),
                    record.headers());
        }
        SchemaAndValue parsed;
        try {
            JsonNode json = MAPPER.readTree(bytes);
            boolean envelope =
                    json != null && json.isObject() && json.size() == 2 && json.has("schema") && json.has("payload");
            parsed = (envelope ? withSchema : withoutSchema).toConnectData(record.topic(), bytes);
        } catch (Exception e) {
            throw new DataException(
                    "The value of the record at " + where(record) + " is not JSON (first bytes: " + first(bytes)
                            + ", " + bytes.length + " bytes): " + e.getMessage()
                            + ". ParseJson reads Connect's JSON with schema and plain JSON values.",
                    e);
        }
        return record.newRecord(
                record.topic(),
                record.kafkaPartition(),
                record.keySchema(),
                record.key(),
                parsed.schema(),
                parsed.value(),
                record.timestamp(),
                record.headers());
    }

    private static byte[] bytes(ConnectRecord<?> record) {
        Object value = record.value();
        if (value instanceof byte[] b) {
            return b;
        }
        if (value instanceof ByteBuffer buffer) {
            byte[] b = new byte[buffer.remaining()];
            buffer.duplicate().get(b);
            return b;
        }
        if (value instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (value == null) {
            return null;
        }
        throw new DataException("ParseJson expects a value of bytes or text (as a mirror connector or the "
                + "ByteArrayConverter gives), found " + value.getClass().getName() + " at " + where(record));
    }

    private static String where(ConnectRecord<?> record) {
        String offset = record instanceof SourceRecord source && source.sourceOffset() != null
                ? ", offset " + source.sourceOffset().get("offset")
                : "";
        return "topic " + record.topic() + ", partition " + record.kafkaPartition() + offset;
    }

    private static String first(byte[] bytes) {
        byte[] shown = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, BYTES_SHOWN));
        return HexFormat.ofDelimiter(" ").formatHex(shown) + (bytes.length > BYTES_SHOWN ? " …" : "");
    }

    private static JsonConverter converter(boolean schemas) {
        JsonConverter converter = new JsonConverter();
        converter.configure(Map.of("schemas.enable", Boolean.toString(schemas)), false);
        return converter;
    }

    @Override
    public ConfigDef config() {
        return new ConfigDef();
    }

    @Override
    public void configure(Map<String, ?> configs) {}

    @Override
    public void close() {
        withSchema.close();
        withoutSchema.close();
    }
}
