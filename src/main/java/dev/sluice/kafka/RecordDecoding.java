package dev.sluice.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.sdk.format.FramedRecords;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a record of a topic becomes a row, detected per record: Connect's JSON with schema (a
 * Debezium change event yields its new state), JSON without schema (its fields), a record in
 * Confluent's wire format (read through the schema registry, as Connect's JSON), or plain text (one
 * column {@code value}). A plain-text key is the column {@code key}; header {@code h} is the column
 * {@code header:h}. A record that is not UTF-8 text is reported with where it is and its first
 * bytes, never read as an empty row.
 */
final class RecordDecoding {
    static final String HEADER_PREFIX = "header:";
    private static final int BYTES_SHOWN = 16;

    private RecordDecoding() {}

    /** The record's value and key as text, and its fields; null fields for a tombstone. */
    static KafkaTopics.KafkaRecord decode(
            String topic,
            int partition,
            long offset,
            byte[] key,
            byte[] value,
            Map<String, byte[]> headers,
            FramedRecords.Reader framed) {
        String keyText = readable(key, "key", topic, partition, offset, headers, framed);
        String valueText = readable(value, "value", topic, partition, offset, headers, framed);
        Map<String, Object> fields = fields(valueText);
        if (fields != null) {
            fields = new LinkedHashMap<>(fields);
            if (keyText != null && !isConnectStruct(keyText)) {
                fields.putIfAbsent("key", plainKey(keyText));
            }
            for (Map.Entry<String, byte[]> h : headers.entrySet()) {
                fields.put(
                        HEADER_PREFIX + h.getKey(),
                        text(h.getValue(), "header '" + h.getKey() + "'", topic, partition, offset));
            }
        }
        return new KafkaTopics.KafkaRecord(keyText, valueText, fields);
    }

    private static Map<String, Object> fields(String value) {
        if (value == null) {
            return null;
        }
        JsonNode json = parse(value);
        return json.has("payload") && json.get("payload").isNull() ? null : ConnectJson.fields(json);
    }

    static JsonNode parse(String text) {
        try {
            return ConnectJson.MAPPER.readTree(text);
        } catch (Exception notJson) {
            return ConnectJson.MAPPER.createObjectNode().put("payload", text);
        }
    }

    private static boolean isConnectStruct(String key) {
        JsonNode json = parse(key);
        return json.isObject() && !(json.path("payload").isValueNode() && json.size() <= 2);
    }

    /** A plain key, or the payload of a JSON-with-schema key that is a single value. */
    private static String plainKey(String key) {
        JsonNode json = parse(key);
        return json.path("payload").isValueNode() ? json.path("payload").asText() : key;
    }

    /** A record key's fields: a Connect JSON struct, or a plain key standing for the one key column. */
    static Map<String, Object> keyFields(String key, java.util.List<String> keyColumns) {
        if (key == null) {
            return Map.of();
        }
        JsonNode json = parse(key);
        if (json.path("payload").isObject()) {
            return ConnectJson.fields(json);
        }
        return keyColumns.size() == 1
                ? Map.of(keyColumns.get(0), json.path("payload").asText(key))
                : Map.of();
    }

    /** A record in Confluent's wire format (Avro, JSON Schema) as Connect's JSON, else its text. */
    private static String readable(
            byte[] bytes,
            String part,
            String topic,
            int partition,
            long offset,
            Map<String, byte[]> headers,
            FramedRecords.Reader framed) {
        if (FramedRecords.isFramed(bytes)) {
            return framed.asConnectJson(
                    bytes,
                    part + " of the record at partition " + partition + ", offset " + offset + " of the topic "
                            + topic);
        }
        try {
            return text(bytes, part, topic, partition, offset);
        } catch (IllegalStateException notText) {
            throw framed.hintForUnframed(headers.keySet())
                    .map(hint -> new IllegalStateException(notText.getMessage() + " " + hint, notText))
                    .orElse(notText);
        }
    }

    /** Strict UTF-8, so that bytes that are not text are reported instead of turning into replacement characters. */
    static String text(byte[] bytes, String part, String topic, int partition, long offset) {
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            byte[] first = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, BYTES_SHOWN));
            throw new IllegalStateException("The " + part + " of the record at partition " + partition + ", offset "
                    + offset + " of the topic " + topic + " cannot be decoded: it is not UTF-8 text (first bytes: "
                    + HexFormat.ofDelimiter(" ").formatHex(first) + (bytes.length > BYTES_SHOWN ? " …" : "")
                    + ", " + bytes.length
                    + " bytes). Sluice reads JSON with or without schema, plain text, and records in Confluent's wire format "
                    + "(a zero byte, a schema registry's id, an Avro or JSON body).");
        }
    }
}
