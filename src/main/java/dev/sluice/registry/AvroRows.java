package dev.sluice.registry;

import dev.sluice.sdk.format.RecordEncoder;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.Values;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * A scenario's rows as Avro records in Confluent's wire format: the value schema follows the typed
 * header (Connect's names for decimals, timestamps and dates, so a sink's Avro converter reads them
 * as Connect does) and is registered under {@code <topic>-value}; a plain key is an Avro string
 * under {@code <topic>-key}. Every column but {@code id} is optional, as in the JSON records.
 */
final class AvroRows implements RecordEncoder {
    private static final int SCALE = 6;
    /** Registers a schema under a subject and gives its id (the registry's, as the tests reach it). */
    interface Registrar {
        int register(String subject, String schema);
    }

    private final Registrar registry;
    private final Map<String, Integer> ids = new HashMap<>();

    AvroRows(Registrar registry) {
        this.registry = registry;
    }

    @Override
    public byte[] value(String topic, SeedTable table, List<String> row, List<String> skip) {
        Schema schema = schema(table, skip);
        GenericData.Record record = new GenericData.Record(schema);
        for (int i = 0; i < table.columns().size(); i++) {
            SeedTable.Column column = table.columns().get(i);
            if (!skip.contains(column.name())) {
                record.put(column.name(), row.get(i) == null ? null : value(column, row.get(i)));
            }
        }
        return framed(topic + "-value", schema, record);
    }

    @Override
    public byte[] key(String topic, String key) {
        return framed(topic + "-key", Schema.create(Schema.Type.STRING), key);
    }

    static Schema schema(SeedTable table, List<String> skip) {
        StringBuilder fields = new StringBuilder();
        for (SeedTable.Column column : table.columns()) {
            if (skip.contains(column.name())) {
                continue;
            }
            String type = type(column);
            fields.append(fields.length() == 0 ? "" : ",")
                    .append("{\"name\":")
                    .append(quoted(column.name()))
                    .append(",\"type\":")
                    .append(column.name().equals("id") ? type : "[\"null\"," + type + "],\"default\":null")
                    .append('}');
        }
        return new Schema.Parser()
                .parse("{\"type\":\"record\",\"name\":\"Row\",\"namespace\":\"dev.sluice.seed\",\"fields\":[" + fields
                        + "]}");
    }

    private static String type(SeedTable.Column column) {
        return switch (column.type()) {
            case INT -> "\"int\"";
            case BIGINT -> "\"long\"";
            case BOOLEAN -> "\"boolean\"";
            case DOUBLE -> "\"double\"";
            case BYTEA -> "\"bytes\"";
            case TEXT_ARRAY -> "{\"type\":\"array\",\"items\":\"string\"}";
            case NUMERIC ->
                "{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":38,\"scale\":" + SCALE
                        + ",\"connect.name\":\"org.apache.kafka.connect.data.Decimal\","
                        + "\"connect.parameters\":{\"scale\":\"" + SCALE + "\"}}";
            case TIMESTAMP ->
                "{\"type\":\"long\",\"logicalType\":\"timestamp-millis\","
                        + "\"connect.name\":\"org.apache.kafka.connect.data.Timestamp\"}";
            case DATE ->
                "{\"type\":\"int\",\"logicalType\":\"date\","
                        + "\"connect.name\":\"org.apache.kafka.connect.data.Date\"}";
            default -> "\"string\"";
        };
    }

    private static Object value(SeedTable.Column column, String cell) {
        String t = cell.trim();
        return switch (column.type()) {
            case INT -> Integer.parseInt(t);
            case BIGINT -> Long.parseLong(t);
            case BOOLEAN -> Boolean.parseBoolean(t);
            case DOUBLE -> Double.parseDouble(t);
            case BYTEA -> ByteBuffer.wrap(HexFormat.of().parseHex(t.startsWith("\\x") ? t.substring(2) : t));
            case TEXT_ARRAY -> List.of(t.substring(1, t.length() - 1).split(",", -1));
            case NUMERIC ->
                ByteBuffer.wrap(
                        new BigDecimal(t).setScale(SCALE).unscaledValue().toByteArray());
            case TIMESTAMP ->
                LocalDateTime.parse(Values.text(cell).replace(' ', 'T'))
                        .toInstant(ZoneOffset.UTC)
                        .toEpochMilli();
            case DATE -> (int) LocalDate.parse(t).toEpochDay();
            default -> cell;
        };
    }

    /** The zero byte, the schema's id (registered once per subject and schema), the Avro body. */
    private synchronized byte[] framed(String subject, Schema schema, Object value) {
        int id = ids.computeIfAbsent(subject + "\n" + schema, k -> registry.register(subject, schema.toString()));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(0);
            out.write(ByteBuffer.allocate(4).putInt(id).array());
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new GenericDatumWriter<Object>(schema).write(value, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String text) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .textNode(text)
                .toString();
    }
}
