package dev.sluice.sdk.pipeline;

import dev.sluice.sdk.PostgresEndpoint;
import dev.sluice.sdk.StageLibrary;
import dev.sluice.sdk.pipeline.Endpoint.KafkaTopic;
import dev.sluice.sdk.pipeline.Endpoint.PostgresTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a {@link Pipeline} into Kafka Connect connectors:
 * <ul>
 *   <li>PostgreSQL table → Kafka topic: a Debezium PostgreSQL source whose change events are
 *       flattened to the row's new state (deletes become tombstones) and routed to the topic;</li>
 *   <li>Kafka topic → PostgreSQL table: a Debezium JDBC sink (upsert by {@code id} when the records
 *       have one, plain inserts otherwise);</li>
 *   <li>PostgreSQL table → PostgreSQL table: both, joined by a topic of the pipeline's own.</li>
 * </ul>
 * Processors become single message transforms on the first connector, so a masked value never
 * reaches Kafka.
 */
public final class PipelineCompiler {
    public static final String SOURCE = "source";
    public static final String SINK = "sink";

    private final Namespace namespace;
    private final PostgresEndpoint postgres;

    public PipelineCompiler(Namespace namespace, PostgresEndpoint postgresForEngine) {
        this.namespace = namespace;
        this.postgres = postgresForEngine;
    }

    public List<ConnectorSpec> compile(Pipeline pipeline, OriginSchema origin) {
        List<ConnectorSpec> specs = new ArrayList<>();
        if (pipeline.origin() instanceof PostgresTable table && pipeline.destination() instanceof KafkaTopic topic) {
            specs.add(source(pipeline, table, namespace.topic(topic.name()), origin));
        } else if (pipeline.origin() instanceof PostgresTable from && pipeline.destination() instanceof PostgresTable to) {
            specs.add(source(pipeline, from, namespace.pipelineTopic(pipeline.name()), origin));
            specs.add(sink(pipeline, namespace.pipelineTopic(pipeline.name()), to, List.of(), origin, true));
        } else if (pipeline.origin() instanceof KafkaTopic topic && pipeline.destination() instanceof PostgresTable to) {
            specs.add(sink(pipeline, namespace.topic(topic.name()), to, pipeline.processors(), origin, false));
        } else {
            throw new IllegalArgumentException("No stage library moves data from a " + kind(pipeline.origin())
                    + " to a " + kind(pipeline.destination()) + " (" + pipeline.describe() + "). Supported: "
                    + "PostgreSQL table → Kafka topic, Kafka topic → PostgreSQL table, PostgreSQL table → PostgreSQL table.");
        }
        return specs;
    }

    private ConnectorSpec source(Pipeline pipeline, PostgresTable table, String topic, OriginSchema origin) {
        String slot = namespace.slot(pipeline.name());
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", StageLibrary.DEBEZIUM_POSTGRES.connectorClass());
        c.put("tasks.max", "1");
        c.put("database.hostname", postgres.host());
        c.put("database.port", Integer.toString(postgres.port()));
        c.put("database.user", postgres.user());
        c.put("database.password", postgres.password());
        c.put("database.dbname", namespace.database());
        c.put("topic.prefix", slot);
        c.put("plugin.name", "pgoutput");
        c.put("slot.name", slot);
        c.put("publication.name", slot);
        c.put("publication.autocreate.mode", "filtered");
        c.put("table.include.list", table.schema() + "\\." + table.table());
        c.put("snapshot.mode", "initial");
        c.put("topic.creation.default.replication.factor", "1");
        c.put("topic.creation.default.partitions", "1");
        List<String> transforms = new ArrayList<>(List.of("unwrap", "route"));
        c.put("transforms.unwrap.type", "io.debezium.transforms.ExtractNewRecordState");
        c.put("transforms.unwrap.delete.tombstone.handling.mode", "tombstone");
        c.put("transforms.route.type", "org.apache.kafka.connect.transforms.RegexRouter");
        c.put("transforms.route.regex", ".*");
        c.put("transforms.route.replacement", topic);
        transforms.addAll(processors(pipeline.processors(), origin, c));
        c.put("transforms", String.join(",", transforms));
        return new ConnectorSpec(namespace.connector(pipeline.name(), SOURCE), SOURCE, c);
    }

    private ConnectorSpec sink(Pipeline pipeline, String topic, PostgresTable table, List<Processor> processors,
                               OriginSchema origin, boolean keyedByOrigin) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", StageLibrary.DEBEZIUM_JDBC.connectorClass());
        c.put("tasks.max", "1");
        c.put("topics", topic);
        c.put("connection.url", postgres.jdbcUrl(namespace.database()));
        c.put("connection.username", postgres.user());
        c.put("connection.password", postgres.password());
        c.put("collection.name.format", table.qualified());
        c.put("schema.evolution", "basic");
        c.put("use.time.zone", "UTC");
        if (!keyedByOrigin) {
            // Records written by other producers may carry plain-text keys; rows are keyed by their id field.
            c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        }
        Set<String> fieldsAfter = fieldsAfter(processors, origin);
        if (keyedByOrigin && !origin.primaryKey().isEmpty()) {
            // Source records carry the primary key as their key; deletes arrive as tombstones.
            c.put("insert.mode", "upsert");
            c.put("primary.key.mode", "record_key");
            c.put("delete.enabled", "true");
        } else if (!keyedByOrigin && fieldsAfter.contains("id")) {
            c.put("insert.mode", "upsert");
            c.put("primary.key.mode", "record_value");
            c.put("primary.key.fields", "id");
        } else {
            c.put("insert.mode", "insert");
            c.put("primary.key.mode", "none");
        }
        List<String> transforms = processors(processors, origin, c);
        if (!transforms.isEmpty()) {
            c.put("transforms", String.join(",", transforms));
        }
        return new ConnectorSpec(namespace.connector(pipeline.name(), SINK), SINK, c);
    }

    /** Adds one transform per processor to the configuration and returns their names in order. */
    private static List<String> processors(List<Processor> processors, OriginSchema origin, Map<String, String> c) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < processors.size(); i++) {
            Processor p = processors.get(i);
            String name = "p" + (i + 1);
            String prefix = "transforms." + name + ".";
            if (p instanceof Processor.MaskField mask) {
                c.put(prefix + "type", "org.apache.kafka.connect.transforms.MaskField$Value");
                c.put(prefix + "fields", mask.field());
                if (isText(origin, mask.field())) {
                    c.put(prefix + "replacement", Processor.MaskField.TEXT_MASK);
                }
            } else if (p instanceof Processor.RenameField rename) {
                c.put(prefix + "type", "org.apache.kafka.connect.transforms.ReplaceField$Value");
                c.put(prefix + "renames", rename.field() + ":" + rename.to());
            }
            names.add(name);
        }
        return names;
    }

    private static boolean isText(OriginSchema origin, String field) {
        return origin.columns().stream().noneMatch(col -> col.name().equals(field) && !col.text());
    }

    /**
     * The fields a record has after the processors, checking each processor against the fields it
     * meets. Throws {@link UnknownFieldException} naming the known fields.
     */
    public static Set<String> fieldsAfter(List<Processor> processors, OriginSchema origin) {
        Set<String> fields = new LinkedHashSet<>(origin.names());
        for (Processor p : processors) {
            if (!fields.isEmpty() && !fields.contains(p.field())) {
                throw new UnknownFieldException(p, fields);
            }
            if (p instanceof Processor.RenameField rename) {
                fields.remove(rename.field());
                fields.add(rename.to());
            }
        }
        return fields;
    }

    private static String kind(Endpoint e) {
        return e instanceof KafkaTopic ? "Kafka topic" : "PostgreSQL table";
    }
}
