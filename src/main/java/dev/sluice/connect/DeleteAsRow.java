package dev.sluice.connect;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.transforms.Transformation;

/**
 * Turns a delete into a row that an append-only table can hold. A delete travels as a tombstone: a
 * key and no value. It becomes a value of the key's fields and {@value #DELETED} = true, so an
 * append-only lake records when a row was deleted and a reader can tell the current rows (the
 * latest row per key, unless it is a delete). Other records pass untouched. A tombstone whose key
 * is not a struct names no column and is dropped. Part of Sluice's stage library {@code
 * sluice-transforms}; it runs inside the worker.
 */
public final class DeleteAsRow<R extends ConnectRecord<R>> implements Transformation<R> {
    /** Debezium's name for the same marker (its ExtractNewRecordState's rewrite mode). */
    public static final String DELETED = "__deleted";

    @Override
    public R apply(R record) {
        if (record.value() != null) {
            return record;
        }
        if (!(record.key() instanceof Struct key)) {
            return null;
        }
        SchemaBuilder schema = SchemaBuilder.struct();
        for (Field field : key.schema().fields()) {
            schema.field(field.name(), optional(field.schema()));
        }
        schema.field(DELETED, Schema.OPTIONAL_BOOLEAN_SCHEMA);
        Schema valueSchema = schema.build();
        Struct value = new Struct(valueSchema);
        for (Field field : key.schema().fields()) {
            value.put(field.name(), key.get(field));
        }
        value.put(DELETED, true);
        return record.newRecord(
                record.topic(),
                record.kafkaPartition(),
                record.keySchema(),
                record.key(),
                valueSchema,
                value,
                record.timestamp(),
                record.headers());
    }

    /** The row of a delete holds the key alone: every other column is empty, so each column may be. */
    private static Schema optional(Schema schema) {
        if (schema.isOptional() || schema.type() == Schema.Type.STRUCT) {
            return schema;
        }
        SchemaBuilder copy = new SchemaBuilder(schema.type())
                .name(schema.name())
                .version(schema.version())
                .doc(schema.doc())
                .optional();
        if (schema.parameters() != null) {
            copy.parameters(schema.parameters());
        }
        if (schema.type() == Schema.Type.ARRAY || schema.type() == Schema.Type.MAP) {
            return schema;
        }
        return copy.build();
    }

    @Override
    public ConfigDef config() {
        return new ConfigDef();
    }

    @Override
    public void configure(Map<String, ?> configs) {}

    @Override
    public void close() {}
}
