package dev.sluice.sdk.pipeline;

import dev.sluice.sdk.PostgresEndpoint;
import dev.sluice.sdk.S3Endpoint;
import dev.sluice.sdk.StageLibrary;
import dev.sluice.sdk.pipeline.Endpoint.KafkaTopic;
import dev.sluice.sdk.pipeline.Endpoint.PostgresTable;
import dev.sluice.sdk.pipeline.Endpoint.S3Bucket;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** Where in a bucket the lake's tables live: {@code <bucket>/warehouse/<namespace>/<table>/{data,metadata}/}. */
    public static final String LAKE_PREFIX = "warehouse";
    private static final String TOMBSTONE = "isTombstone";

    private final Namespace namespace;
    private final PostgresEndpoint postgres;
    private final Optional<S3Endpoint> s3;
    private final String kafkaBootstrapServers;

    public PipelineCompiler(Namespace namespace, EngineView engine) {
        this.namespace = namespace;
        this.postgres = engine.postgres();
        this.kafkaBootstrapServers = engine.kafkaBootstrapServers();
        this.s3 = engine.s3();
    }

    public List<ConnectorSpec> compile(Pipeline pipeline, OriginSchema origin) {
        List<ConnectorSpec> specs = new ArrayList<>();
        Endpoint to = pipeline.destination();
        if (pipeline.origin() instanceof PostgresTable from) {
            String topic = to instanceof KafkaTopic t ? namespace.topic(t.name()) : namespace.pipelineTopic(pipeline.name());
            specs.add(source(pipeline, from, topic, origin));
            if (to instanceof PostgresTable table) {
                specs.add(sink(pipeline, topic, table, List.of(), origin, true));
            } else if (to instanceof S3Bucket bucket) {
                specs.add(lakeSink(pipeline, topic, bucket, List.of(), origin, true));
            }
        } else if (pipeline.origin() instanceof KafkaTopic from && to instanceof PostgresTable table) {
            specs.add(sink(pipeline, namespace.topic(from.name()), table, pipeline.processors(), origin, false));
        } else if (pipeline.origin() instanceof KafkaTopic from && to instanceof S3Bucket bucket) {
            specs.add(lakeSink(pipeline, namespace.topic(from.name()), bucket, pipeline.processors(), origin, false));
        } else {
            throw new IllegalArgumentException("No stage library moves data from a " + kind(pipeline.origin())
                    + " to a " + kind(to) + " (" + pipeline.describe() + "). Supported: PostgreSQL table → Kafka topic, "
                    + "PostgreSQL table → PostgreSQL table, PostgreSQL table → S3 bucket, Kafka topic → PostgreSQL table, "
                    + "Kafka topic → S3 bucket.");
        }
        return specs;
    }

    private ConnectorSpec source(Pipeline pipeline, PostgresTable table, String topic, OriginSchema origin) {
        requireNoColumnsDifferingOnlyInCase(table, origin);
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
        // Connect's own logical types for dates and times: every sink (JDBC, Iceberg) knows them.
        c.put("time.precision.mode", "connect");
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
        // Columns named like SQL keywords ("order") or in mixed case ("Email" beside "email") stay as they are.
        c.put("quote.identifiers", "true");
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

    /**
     * Apache Iceberg's sink: one table per pipeline in the bucket's warehouse, the catalog in the
     * scenario's PostgreSQL database. Iceberg appends: an updated row is a new row, deletes are dropped.
     */
    private ConnectorSpec lakeSink(Pipeline pipeline, String topic, S3Bucket bucket, List<Processor> processors,
                                   OriginSchema origin, boolean keyedByOrigin) {
        bucket.requireValidName();
        S3Endpoint server = s3.orElseThrow(() -> new IllegalArgumentException("The " + bucket.describe()
                + " needs an S3-compatible server, and this environment has none. In the external environment, set "
                + "sluice.s3.endpoint (with sluice.s3.access-key and sluice.s3.secret-key)."));
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", StageLibrary.ICEBERG.connectorClass());
        c.put("tasks.max", "1");
        c.put("topics", topic);
        c.put("iceberg.tables", namespace.lakeTable(pipeline.name()));
        c.put("iceberg.tables.auto-create-enabled", "true");
        c.put("iceberg.tables.evolve-schema-enabled", "true");
        // Each Iceberg sink needs a control topic of its own.
        c.put("iceberg.control.topic", namespace.pipelineTopic(pipeline.name()) + ".iceberg-control");
        c.put("iceberg.control.commit.interval-ms", "2000");
        // The sink's own clients of the control topic do not see the worker's settings.
        c.put("iceberg.kafka.bootstrap.servers", kafkaBootstrapServers);
        c.put("iceberg.catalog.catalog-impl", "org.apache.iceberg.jdbc.JdbcCatalog");
        c.put("iceberg.catalog.uri", postgres.jdbcUrl(namespace.database()));
        c.put("iceberg.catalog.jdbc.user", postgres.user());
        c.put("iceberg.catalog.jdbc.password", postgres.password());
        c.put("iceberg.catalog.warehouse", "s3://" + namespace.bucket(bucket.name()) + "/" + LAKE_PREFIX);
        c.put("iceberg.catalog.io-impl", "org.apache.iceberg.aws.s3.S3FileIO");
        c.put("iceberg.catalog.s3.endpoint", server.url().toString());
        c.put("iceberg.catalog.s3.path-style-access", "true");
        c.put("iceberg.catalog.s3.access-key-id", server.accessKey());
        c.put("iceberg.catalog.s3.secret-access-key", server.secretKey());
        c.put("iceberg.catalog.client.region", server.region());
        if (!keyedByOrigin) {
            c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        }
        // Deletes arrive as tombstones, which an append-only table cannot hold.
        List<String> transforms = new ArrayList<>(List.of("dropTombstones"));
        c.put("transforms.dropTombstones.type", "org.apache.kafka.connect.transforms.Filter");
        c.put("transforms.dropTombstones.predicate", declareTombstonePredicate(c));
        transforms.addAll(processors(processors, origin, c));
        c.put("transforms", String.join(",", transforms));
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
            // A delete travels as a tombstone (no value): processors pass it on untouched.
            c.put(prefix + "predicate", declareTombstonePredicate(c));
            c.put(prefix + "negate", "true");
            names.add(name);
        }
        return names;
    }

    /** Declares the predicate "the record is a tombstone" on the connector, once, and returns its name. */
    private static String declareTombstonePredicate(Map<String, String> c) {
        c.put("predicates", TOMBSTONE);
        c.put("predicates." + TOMBSTONE + ".type", "org.apache.kafka.connect.transforms.predicates.RecordIsTombstone");
        return TOMBSTONE;
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

    /**
     * Debezium's PostgreSQL connector looks columns up by name without regard to case: two columns
     * such as "Email" and "email" are confused and its task dies decoding the first change
     * ("Index 7 out of bounds for length 7"). Refused before anything is created.
     */
    private static void requireNoColumnsDifferingOnlyInCase(PostgresTable table, OriginSchema origin) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String name : origin.names()) {
            String other = seen.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name);
            if (other != null) {
                throw new IllegalArgumentException("The " + table.describe() + " has the columns \"" + other + "\" and \""
                        + name + "\", which differ only in case. Debezium's PostgreSQL connector, the stage library that reads "
                        + "its changes, cannot tell such columns apart. Rename one of them (e.g. \"" + name + "_2\").");
            }
        }
    }

    private static String kind(Endpoint e) {
        return e.describe().substring(0, e.describe().indexOf(" \""));
    }
}
