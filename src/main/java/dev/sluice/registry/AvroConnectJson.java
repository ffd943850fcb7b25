package dev.sluice.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.NameValidator;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;

/**
 * An Avro body as Kafka Connect's JSON with schema ({@code {"schema": …, "payload": …}}), so that
 * every check reads it like a JSON record: Connect's and Debezium's logical types come from the
 * {@code connect.name} and {@code connect.parameters} properties Connect's Avro converters write,
 * or from Avro's own logical types; bytes and decimals become base64 text, as Connect's JSON has them.
 */
final class AvroConnectJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AvroConnectJson() {}

    /** Decodes the binary body that starts at {@code offset} with the writer's schema. */
    static String read(Schema schema, byte[] bytes, int offset) {
        Object value;
        try {
            value = new GenericDatumReader<>(schema, schema, GenericData.get())
                    .read(null, DecoderFactory.get().binaryDecoder(bytes, offset, bytes.length - offset, null));
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(
                    new IOException("its body does not decode with its registered Avro schema: " + e.getMessage(), e));
        }
        ObjectNode record = NODES.objectNode();
        record.set("schema", schema(schema, false));
        record.set("payload", payload(schema, value));
        return record.toString();
    }

    /**
     * A registered schema, read leniently: writers such as Connect's converters register names Avro's
     * own parser refuses (a namespace from a topic prefix with a hyphen), and a reader must read what
     * was written.
     */
    static Schema parseSchema(String text) {
        return new Schema.Parser(NameValidator.NO_VALIDATION)
                .setValidateDefaults(false)
                .parse(text);
    }

    static ObjectNode schema(Schema avro, boolean optional) {
        Schema s = nonNull(avro);
        ObjectNode schema = NODES.objectNode();
        schema.put("type", connectType(s));
        schema.put("optional", optional || s != avro);
        String name = connectName(s);
        if (name != null) {
            schema.put("name", name);
        }
        parameters(s).ifPresent(p -> schema.set("parameters", p));
        switch (s.getType()) {
            case RECORD -> {
                ArrayNode fields = schema.putArray("fields");
                for (Schema.Field f : s.getFields()) {
                    ObjectNode field = schema(f.schema(), false);
                    field.put("field", f.name());
                    fields.add(field);
                }
            }
            case ARRAY -> schema.set("items", schema(s.getElementType(), false));
            case MAP -> {
                schema.set("keys", NODES.objectNode().put("type", "string"));
                schema.set("values", schema(s.getValueType(), false));
            }
            default -> {}
        }
        return schema;
    }

    static JsonNode payload(Schema avro, Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        Schema s = avro.getType() == Schema.Type.UNION
                ? avro.getTypes().get(GenericData.get().resolveUnion(avro, value))
                : avro;
        return switch (s.getType()) {
            case RECORD -> {
                GenericRecord record = (GenericRecord) value;
                ObjectNode fields = NODES.objectNode();
                for (Schema.Field f : s.getFields()) {
                    fields.set(f.name(), payload(f.schema(), record.get(f.pos())));
                }
                yield fields;
            }
            case ARRAY -> {
                ArrayNode items = NODES.arrayNode();
                ((List<?>) value).forEach(item -> items.add(payload(s.getElementType(), item)));
                yield items;
            }
            case MAP -> {
                ObjectNode entries = NODES.objectNode();
                ((Map<?, ?>) value).forEach((k, v) -> entries.set(k.toString(), payload(s.getValueType(), v)));
                yield entries;
            }
            case INT -> NODES.numberNode((Integer) value);
            case LONG -> NODES.numberNode((Long) value);
            case FLOAT -> NODES.numberNode((Float) value);
            case DOUBLE -> NODES.numberNode((Double) value);
            case BOOLEAN -> NODES.booleanNode((Boolean) value);
            case BYTES -> NODES.textNode(base64(((ByteBuffer) value).duplicate()));
            case FIXED -> NODES.textNode(Base64.getEncoder().encodeToString(((GenericFixed) value).bytes()));
            default -> NODES.textNode(value.toString()); // string, enum
        };
    }

    /** The one branch of {@code ["null", X]}; any other schema as it is. */
    private static Schema nonNull(Schema s) {
        if (s.getType() != Schema.Type.UNION) {
            return s;
        }
        List<Schema> others = s.getTypes().stream()
                .filter(t -> t.getType() != Schema.Type.NULL)
                .toList();
        return others.size() == 1 ? others.get(0) : s;
    }

    private static String connectType(Schema s) {
        String declared = s.getProp("connect.type");
        if (declared != null) {
            return declared;
        }
        return switch (s.getType()) {
            case RECORD -> "struct";
            case INT -> "int32";
            case LONG -> "int64";
            case FLOAT -> "float32";
            case DOUBLE -> "float64";
            case BOOLEAN -> "boolean";
            case BYTES, FIXED -> "bytes";
            case ARRAY -> "array";
            case MAP -> "map";
            default -> "string";
        };
    }

    /** Connect's name for the schema (a logical type's, a Debezium type's, a record's), if it has one. */
    private static String connectName(Schema s) {
        String declared = s.getProp("connect.name");
        if (declared != null) {
            return declared;
        }
        LogicalType logical = s.getLogicalType();
        if (logical instanceof LogicalTypes.Decimal) {
            return "org.apache.kafka.connect.data.Decimal";
        }
        if (logical instanceof LogicalTypes.Date) {
            return "org.apache.kafka.connect.data.Date";
        }
        if (logical instanceof LogicalTypes.TimestampMillis) {
            return "org.apache.kafka.connect.data.Timestamp";
        }
        if (logical instanceof LogicalTypes.TimestampMicros) {
            return "io.debezium.time.MicroTimestamp";
        }
        return s.getType() == Schema.Type.RECORD ? s.getFullName() : null;
    }

    private static java.util.Optional<ObjectNode> parameters(Schema s) {
        Object declared = s.getObjectProp("connect.parameters");
        if (declared instanceof Map<?, ?> map) {
            ObjectNode parameters = NODES.objectNode();
            map.forEach((k, v) -> parameters.put(k.toString(), String.valueOf(v)));
            return java.util.Optional.of(parameters);
        }
        if (s.getLogicalType() instanceof LogicalTypes.Decimal decimal) {
            return java.util.Optional.of(NODES.objectNode().put("scale", Integer.toString(decimal.getScale())));
        }
        return java.util.Optional.empty();
    }

    private static String base64(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
