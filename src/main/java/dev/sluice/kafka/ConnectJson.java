package dev.sluice.kafka;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.sdk.format.RecordEncoder;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.ReportsColumns;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kafka Connect's JSON with schema ({@code {"schema":..,"payload":..}}): reading a record's fields
 * with logical types (Connect's and Debezium's timestamps, dates and decimals) turned into values,
 * unwrapped from a Debezium envelope when there is one; and writing rows as such records.
 */
public final class ConnectJson {
    // Decimals written as JSON numbers must not pass through a double.
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ConnectJson() {}

    /** Connect's JSON with schema for values, the key as its text: what a topic's {@code has records:} writes. */
    static final RecordEncoder ENCODER = new RecordEncoder() {
        @Override
        public byte[] value(String topic, SeedTable table, List<String> row, List<String> skip) {
            return record(table, row, skip).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public byte[] key(String topic, String key) {
            return key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    };

    /**
     * The record's fields; a Debezium change event yields its {@code after} state, and a value that
     * is not a struct (a line of text, a number) is one column named {@code value}.
     */
    public static Map<String, Object> fields(JsonNode record) {
        JsonNode schema = record.path("schema");
        JsonNode payload = record.has("payload") ? record.get("payload") : record;
        if (payload.isValueNode() && !payload.isNull()) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("value", value(schema, payload));
            return value;
        }
        if (payload.has("after") && payload.has("op")) {
            JsonNode afterSchema = field(schema, "after");
            return struct(afterSchema, payload.get("after"));
        }
        return struct(schema, payload);
    }

    /** The field names of a record's schema, and which of them are text. */
    public static OriginSchema schemaOf(JsonNode record) {
        return schemaOf(record, null);
    }

    /**
     * The columns of a JSON-with-schema record; its key's fields are the primary key when the key
     * is a Connect struct too (as a change-data-capture source writes them), else there is none.
     */
    public static OriginSchema schemaOf(JsonNode record, JsonNode key) {
        List<OriginSchema.Column> columns = new ArrayList<>();
        record.path("schema")
                .path("fields")
                .forEach(f -> columns.add(new OriginSchema.Column(
                        f.path("field").asText(), "string".equals(f.path("type").asText()))));
        List<String> primaryKey = new ArrayList<>();
        if (key != null && "struct".equals(key.path("schema").path("type").asText())) {
            key.path("schema")
                    .path("fields")
                    .forEach(f -> primaryKey.add(f.path("field").asText()));
        }
        return new OriginSchema(columns, primaryKey);
    }

    /**
     * The fields of a record's schema and their Connect types ({@code int64}, a logical type's name in
     * brackets); a Debezium change event's {@code after} state; {@code (no schema)} for JSON without one.
     */
    public static List<ReportsColumns.Column> fieldTypes(JsonNode record) {
        JsonNode schema = record.path("schema");
        JsonNode payload = record.has("payload") ? record.get("payload") : record;
        if (payload.has("after") && payload.has("op")) {
            schema = field(schema, "after");
        }
        List<ReportsColumns.Column> columns = new ArrayList<>();
        if (schema.isMissingNode()) {
            payload.fieldNames().forEachRemaining(f -> columns.add(new ReportsColumns.Column(f, "(no schema)")));
            return columns;
        }
        for (JsonNode f : schema.path("fields")) {
            String name = f.path("name").asText("");
            columns.add(new ReportsColumns.Column(
                    f.path("field").asText(), f.path("type").asText() + (name.isEmpty() ? "" : " (" + name + ")")));
        }
        return columns;
    }

    private static JsonNode field(JsonNode schema, String name) {
        for (JsonNode f : schema.path("fields")) {
            if (name.equals(f.path("field").asText())) {
                return f;
            }
        }
        return MAPPER.missingNode();
    }

    private static Map<String, Object> struct(JsonNode schema, JsonNode payload) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (payload == null || payload.isNull()) {
            return fields;
        }
        payload.fields().forEachRemaining(e -> fields.put(e.getKey(), value(field(schema, e.getKey()), e.getValue())));
        return fields;
    }

    static Object value(JsonNode schema, JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        String logical = schema.path("name").asText("");
        switch (logical) {
            case "org.apache.kafka.connect.data.Timestamp", "io.debezium.time.Timestamp":
                return LocalDateTime.ofInstant(Instant.ofEpochMilli(v.asLong()), ZoneOffset.UTC);
            case "io.debezium.time.MicroTimestamp":
                return LocalDateTime.ofInstant(Instant.EPOCH.plusNanos(v.asLong() * 1000), ZoneOffset.UTC);
            case "io.debezium.time.NanoTimestamp":
                return LocalDateTime.ofInstant(Instant.EPOCH.plusNanos(v.asLong()), ZoneOffset.UTC);
            case "org.apache.kafka.connect.data.Date", "io.debezium.time.Date":
                return LocalDate.ofEpochDay(v.asLong());
            case "org.apache.kafka.connect.data.Decimal":
                if (v.isNumber()) {
                    return v.decimalValue();
                }
                int scale =
                        Integer.parseInt(schema.path("parameters").path("scale").asText("0"));
                return new BigDecimal(new BigInteger(Base64.getDecoder().decode(v.asText())), scale);
            case "io.debezium.data.VariableScaleDecimal":
                return new BigDecimal(
                        new BigInteger(
                                Base64.getDecoder().decode(v.path("value").asText())),
                        v.path("scale").asInt());
            default:
                break;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isArray()) {
            List<Object> items = new ArrayList<>();
            v.forEach(item -> items.add(value(schema.path("items"), item)));
            return items;
        }
        if ("bytes".equals(schema.path("type").asText()) && v.isTextual()) {
            return Base64.getDecoder().decode(v.asText());
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()) {
            return v.asText();
        }
        return v.toString();
    }

    /** A row as a Connect JSON record whose schema follows the seed table's column types. */
    public static String record(SeedTable table, List<String> row, List<String> skip) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode schema = root.putObject("schema");
        schema.put("type", "struct");
        schema.put("optional", false);
        ArrayNode fields = schema.putArray("fields");
        ObjectNode payload = root.putObject("payload");
        for (int i = 0; i < table.columns().size(); i++) {
            SeedTable.Column column = table.columns().get(i);
            if (skip.contains(column.name())) {
                continue;
            }
            ObjectNode f = fields.addObject();
            f.put("field", column.name());
            f.put("optional", !column.name().equals("id"));
            String cell = row.get(i);
            switch (column.type()) {
                case INT -> f.put("type", "int32");
                case BIGINT -> f.put("type", "int64");
                case BOOLEAN -> f.put("type", "boolean");
                case TEXT, VARCHAR, JSONB, UUID, TIMESTAMPTZ -> f.put("type", "string");
                case DOUBLE -> f.put("type", "float64");
                case BYTEA -> f.put("type", "bytes");
                case TEXT_ARRAY -> f.put("type", "array").putObject("items").put("type", "string");
                case NUMERIC -> {
                    f.put("type", "bytes")
                            .put("name", "org.apache.kafka.connect.data.Decimal")
                            .put("version", 1);
                    f.putObject("parameters").put("scale", "6");
                }
                case TIMESTAMP ->
                    f.put("type", "int64")
                            .put("name", "org.apache.kafka.connect.data.Timestamp")
                            .put("version", 1);
                case DATE ->
                    f.put("type", "int32")
                            .put("name", "org.apache.kafka.connect.data.Date")
                            .put("version", 1);
            }
            if (cell == null) {
                payload.putNull(column.name());
                continue;
            }
            switch (column.type()) {
                case INT -> payload.put(column.name(), Integer.parseInt(cell.trim()));
                case BIGINT -> payload.put(column.name(), Long.parseLong(cell.trim()));
                case BOOLEAN -> payload.put(column.name(), Boolean.parseBoolean(cell.trim()));
                case NUMERIC ->
                    payload.put(
                            column.name(),
                            Base64.getEncoder()
                                    .encodeToString(new BigDecimal(cell.trim())
                                            .setScale(6)
                                            .unscaledValue()
                                            .toByteArray()));
                case TIMESTAMP ->
                    payload.put(
                            column.name(),
                            LocalDateTime.parse(Values.text(cell).replace(' ', 'T'))
                                    .toInstant(ZoneOffset.UTC)
                                    .toEpochMilli());
                case DATE ->
                    payload.put(column.name(), LocalDate.parse(cell.trim()).toEpochDay());
                case DOUBLE -> payload.put(column.name(), new BigDecimal(cell.trim()));
                case BYTEA -> payload.put(column.name(), Base64.getEncoder().encodeToString(hex(cell)));
                case TEXT_ARRAY -> {
                    ArrayNode items = payload.putArray(column.name());
                    arrayLiteral(cell).forEach(items::add);
                }
                default -> payload.put(column.name(), cell);
            }
        }
        return root.toString();
    }

    /** {@code \\x0102ff} (PostgreSQL's hex form; the prefix is optional) as bytes. */
    static byte[] hex(String cell) {
        String t = cell.trim();
        return java.util.HexFormat.of().parseHex(t.startsWith("\\x") ? t.substring(2) : t);
    }

    /** {@code {a,b}} (PostgreSQL's array form) as its elements; no quoting inside. */
    static List<String> arrayLiteral(String cell) {
        String t = cell.trim();
        if (!t.startsWith("{") || !t.endsWith("}")) {
            throw new IllegalArgumentException("'" + cell + "' is not an array: write text[] cells as {a,b,c}");
        }
        String inner = t.substring(1, t.length() - 1);
        return inner.isEmpty() ? List.of() : List.of(inner.split(",", -1));
    }
}
