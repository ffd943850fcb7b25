package dev.sluice.s3;

import dev.sluice.sdk.jdbc.JdbcServer;
import dev.sluice.sdk.system.ConformanceNotes;
import dev.sluice.sdk.system.ConnectorContext;
import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.OwnTransforms;
import dev.sluice.sdk.system.Placeholders;
import dev.sluice.sdk.system.Services;
import dev.sluice.sdk.system.SinkInput;
import dev.sluice.sdk.system.StageLibrary;
import dev.sluice.sdk.system.SystemSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A data lake in an S3 bucket: a destination only, written by Apache Iceberg's sink (S3FileIO, one
 * table per pipeline, the catalog in the workspace's PostgreSQL database, commits every 2 s). The
 * lake appends: an updated row is a new row, a delete a row of its key marked {@code __deleted}.
 */
public final class S3LakeSystem implements DataSystem, ConformanceNotes {
    public static final S3LakeSystem INSTANCE = new S3LakeSystem();
    public static final String ID = "s3";
    /** Where in a bucket the lake's tables live: {@code <bucket>/warehouse/<namespace>/<table>/{data,metadata}/}. */
    public static final String LAKE_PREFIX = "warehouse";

    static final String NAME_RULES =
            "use 3 to 42 lower-case letters, digits and hyphens, starting and ending with a letter "
                    + "or digit (e.g. \"customer-lake\")";
    /**
     * Apache Iceberg's sink with S3FileIO and a JDBC catalog. There is no official archive on Maven
     * Central, so the plugin directory is assembled: the AWS SDK comes as Iceberg's bundle (single
     * SDK jars miss classes the sink loads), Parquet needs Hadoop's client classes.
     */
    public static final StageLibrary ICEBERG = new StageLibrary(
                    "iceberg",
                    "sluice.iceberg.version",
                    "org.apache.iceberg.connect.IcebergSinkConnector",
                    null,
                    List.of(
                            "org.apache.iceberg:iceberg-kafka-connect:{version}",
                            "org.apache.iceberg:iceberg-kafka-connect-events:{version}",
                            "org.apache.iceberg:iceberg-aws:{version}",
                            "org.apache.iceberg:iceberg-aws-bundle:{version}",
                            "org.apache.iceberg:iceberg-parquet:{version}",
                            "org.apache.hadoop:hadoop-client-api:3.4.1",
                            "org.apache.hadoop:hadoop-client-runtime:3.4.1",
                            "org.postgresql:postgresql:42.7.8"),
                    List.of("org.apache.hadoop:hadoop-common:3.4.1"))
            .withVersions("1.12.0", java.util.Map.of())
            .failingFrom(
                    "4.4",
                    "1.12.0",
                    "its sink task calls org.apache.kafka.common.utils.AppInfoParser, which Kafka 4.4 moved to "
                            + "org.apache.kafka.common.utils.internals (NoClassDefFoundError when the task starts)");

    private static final String NO_S3 =
            "In the external environment, set sluice.s3.endpoint (with sluice.s3.access-key "
                    + "and sluice.s3.secret-key).";

    private static final Traits TRAITS = new Traits(ID, "S3 bucket", "customer-lake", NAME_RULES, false, true);

    /** For {@link java.util.ServiceLoader}; use {@link #INSTANCE}. */
    public S3LakeSystem() {}

    @Override
    public Traits traits() {
        return TRAITS;
    }

    @Override
    public Endpoint endpoint(String name) {
        return new S3Bucket(name);
    }

    /** The Iceberg catalog is kept in the workspace's PostgreSQL database. */
    @Override
    public List<String> needs() {
        return List.of("postgres");
    }

    @Override
    public List<StageLibrary> stageLibraries() {
        return List.of(ICEBERG, OwnTransforms.LIBRARY);
    }

    @Override
    public Optional<Map<String, String>> source(
            Endpoint origin, OriginSchema schema, String topic, ConnectorContext context) {
        throw new IllegalArgumentException(
                "The " + origin.describe() + " cannot be an origin: the lake is a destination only");
    }

    @Override
    public Optional<Map<String, String>> sink(
            String topic, Endpoint destination, SinkInput input, ConnectorContext context) {
        S3Bucket bucket = ((S3Bucket) destination).requireValidName();
        S3Endpoint server = context.engineSide(ID, S3Endpoint.class, NO_S3);
        JdbcServer catalog =
                context.engineSide("postgres", JdbcServer.class, "The lake's Iceberg catalog is kept in PostgreSQL.");
        Namespace namespace = context.namespace();
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", ICEBERG.connectorClass());
        c.put("tasks.max", "1");
        c.put("topics", topic);
        c.put("iceberg.tables", namespace.lakeTable(context.pipeline()));
        c.put("iceberg.tables.auto-create-enabled", "true");
        c.put("iceberg.tables.evolve-schema-enabled", "true");
        // Each Iceberg sink needs a control topic of its own.
        c.put("iceberg.control.topic", namespace.pipelineTopic(context.pipeline()) + ".iceberg-control");
        c.put("iceberg.control.commit.interval-ms", "2000");
        // The sink's own clients of the control topic do not see the worker's settings.
        c.put(
                "iceberg.kafka.bootstrap.servers",
                context.engineSide("kafka", String.class, "The lake's sink commits through Kafka."));
        c.putAll(context.kafkaClientSettings("iceberg.kafka."));
        c.put("iceberg.catalog.catalog-impl", "org.apache.iceberg.jdbc.JdbcCatalog");
        c.put("iceberg.catalog.uri", catalog.jdbcUrl(namespace.database()));
        c.put("iceberg.catalog.jdbc.user", catalog.user());
        c.put("iceberg.catalog.jdbc.password", catalog.password());
        c.put("iceberg.catalog.warehouse", "s3://" + namespace.bucket(bucket.name()) + "/" + LAKE_PREFIX);
        c.put("iceberg.catalog.io-impl", "org.apache.iceberg.aws.s3.S3FileIO");
        c.put("iceberg.catalog.s3.endpoint", server.url().toString());
        c.put("iceberg.catalog.s3.path-style-access", "true");
        c.put("iceberg.catalog.s3.access-key-id", server.accessKey());
        c.put("iceberg.catalog.s3.secret-access-key", server.secretKey());
        c.put("iceberg.catalog.client.region", server.region());
        if (!input.keyedByOrigin() && !input.keyedRecords()) {
            c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        }
        // Deletes arrive as tombstones, which an append-only table cannot hold: each becomes a row of
        // the key and __deleted=true. Those rows leave every other column empty, so columns may be.
        c.put("iceberg.tables.schema-force-optional", "true");
        c.put("transforms", "deletesAsRows");
        c.put("transforms.deletesAsRows.type", OwnTransforms.DELETE_AS_ROW);
        return Optional.of(c);
    }

    @Override
    public void addPlaceholders(Placeholders placeholders, ConnectorContext context) {
        Supplier<S3Endpoint> server = () -> context.engineSide(ID, S3Endpoint.class, NO_S3);
        placeholders
                .value(ID + ".endpoint", ID, () -> server.get().url().toString())
                .value(ID + ".region", ID, () -> server.get().region())
                .value(ID + ".access-key", ID, () -> server.get().accessKey())
                .secret(ID + ".secret-key", ID, () -> server.get().secretKey())
                .name("bucket", ID, name -> context.namespace()
                        .bucket(((S3Bucket) endpoint(name)).requireValidName().name()));
    }

    @Override
    public SystemSession open(Services services, Namespace namespace) {
        S3Endpoint server = services.forTests(ID, S3Endpoint.class)
                .orElseThrow(() -> new IllegalStateException(
                        "The " + services.environment() + " environment has no S3-compatible server. " + NO_S3));
        return new S3Session(new S3Lake(server), namespace);
    }

    /** The lake is a destination only: the matrix refuses it as an origin. */
    @Override
    public Optional<String> asOrigin() {
        return Optional.empty();
    }

    @Override
    public Optional<String> asDestination() {
        return Optional.of("The copy is a lake, which appends: a delete is a row of its key marked __deleted, and "
                + "its current rows are its latest row per key in commit order, a delete's row removing the key.");
    }
}
