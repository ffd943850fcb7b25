package dev.sluice.sdk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.kafka.KafkaTopic;
import dev.sluice.postgres.PostgresEndpoint;
import dev.sluice.postgres.PostgresTable;
import dev.sluice.s3.S3Bucket;
import dev.sluice.s3.S3Endpoint;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.Services;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineCompilerTest {
    private final Namespace ns = new Namespace("s1a2b_3");
    private static final Map<String, Object> SERVICES = Map.of(
            "postgres",
            new PostgresEndpoint("db", 5432, "postgres", "s3cret"),
            "kafka",
            "kafka:9092",
            "s3",
            new S3Endpoint(URI.create("http://s3:9000"), "us-east-1", "access", "secret"));
    private final PipelineCompiler compiler = new PipelineCompiler(ns, new Services("test", SERVICES, SERVICES));
    private final OriginSchema customers = new OriginSchema(
            List.of(
                    new OriginSchema.Column("id", false), new OriginSchema.Column("name", true),
                    new OriginSchema.Column("ssn", true), new OriginSchema.Column("age", false)),
            List.of("id"));

    @Test
    void postgresToKafkaIsAFlattenedRoutedDebeziumSource() {
        List<ConnectorSpec> specs = compiler.compile(
                Pipeline.of("Orders Out", PostgresTable.of("sales.orders"), new KafkaTopic("orders")), customers);

        assertThat(specs).hasSize(1);
        Map<String, String> c = specs.get(0).config();
        assertThat(specs.get(0).name()).isEqualTo("sluice-s1a2b_3-orders-out-source");
        assertThat(c)
                .containsEntry("connector.class", "io.debezium.connector.postgresql.PostgresConnector")
                .containsEntry("database.dbname", "sluice_s1a2b_3")
                .containsEntry("database.hostname", "db")
                .containsEntry("table.include.list", "sales\\.orders")
                .containsEntry("slot.name", "sluice_s1a2b_3_orders_out")
                .containsEntry("plugin.name", "pgoutput")
                .containsEntry("transforms", "unwrap,route")
                .containsEntry("transforms.unwrap.type", "io.debezium.transforms.ExtractNewRecordState")
                .containsEntry("transforms.route.replacement", "sluice.s1a2b_3.orders");
    }

    @Test
    void connectorSettingsOfARoleGoOverTheCompiledOnes() {
        List<ConnectorSpec> specs = compiler.withConnectorSettings(
                        Map.of("source", Map.of("decimal.handling.mode", "double", "plugin.name", "decoderbufs")))
                .compile(
                        Pipeline.of("copy", PostgresTable.of("customers"), PostgresTable.of("customers_copy")),
                        customers);
        assertThat(specs.get(0).config())
                .containsEntry("decimal.handling.mode", "double")
                .containsEntry("plugin.name", "decoderbufs");
        assertThat(specs.get(1).config()).doesNotContainKey("decimal.handling.mode");
    }

    @Test
    void postgresToPostgresJoinsSourceAndUpsertingSinkThroughThePipelineTopic() {
        List<ConnectorSpec> specs = compiler.compile(
                Pipeline.of("copy", PostgresTable.of("customers"), PostgresTable.of("warehouse.customers")), customers);

        assertThat(specs).extracting(ConnectorSpec::role).containsExactly("source", "sink");
        Map<String, String> sink = specs.get(1).config();
        assertThat(specs.get(0).config().get("transforms.route.replacement")).isEqualTo(sink.get("topics"));
        assertThat(sink)
                .containsEntry("connector.class", "io.debezium.connector.jdbc.JdbcSinkConnector")
                .containsEntry("connection.url", "jdbc:postgresql://db:5432/sluice_s1a2b_3")
                .containsEntry("collection.name.format", "warehouse.customers")
                .containsEntry("insert.mode", "upsert")
                .containsEntry("primary.key.mode", "record_key")
                .containsEntry("delete.enabled", "true");
    }

    @Test
    void aTableWithoutPrimaryKeyIsCopiedWithPlainInserts() {
        OriginSchema noKey = new OriginSchema(customers.columns(), List.of());
        Map<String, String> sink = compiler.compile(
                        Pipeline.of("copy", PostgresTable.of("log"), PostgresTable.of("log_copy")), noKey)
                .get(1)
                .config();
        assertThat(sink)
                .containsEntry("insert.mode", "insert")
                .containsEntry("primary.key.mode", "none")
                .doesNotContainKey("delete.enabled");
    }

    @Test
    void aTopicKeyedByStructsIsAppliedByKeyWithDeletes() {
        // What a topic written by a change-data-capture source describes as: its keys are structs of these fields.
        Pipeline p = Pipeline.of("in", new KafkaTopic("customers"), PostgresTable.of("copy"));
        Map<String, String> c = compiler.compile(p, customers).get(0).config();

        assertThat(c)
                .containsEntry("primary.key.mode", "record_key")
                .containsEntry("delete.enabled", "true")
                .doesNotContainKey("key.converter");
    }

    @Test
    void kafkaToPostgresUpsertsByIdAndCarriesTheProcessors() {
        Pipeline p = Pipeline.of("in", new KafkaTopic("signups"), PostgresTable.of("signups"))
                .with(new Processor.MaskField("name"))
                .with(new Processor.MaskField("age"))
                .with(new Processor.RenameField("ssn", "tax_id"));
        // Plain keys: the topic describes no primary key.
        List<ConnectorSpec> specs = compiler.compile(p, new OriginSchema(customers.columns(), List.of()));

        assertThat(specs).hasSize(1);
        Map<String, String> c = specs.get(0).config();
        assertThat(c)
                .containsEntry("topics", "sluice.s1a2b_3.signups")
                .containsEntry("primary.key.mode", "record_value")
                .containsEntry("primary.key.fields", "id")
                .containsEntry("key.converter", "org.apache.kafka.connect.storage.StringConverter")
                .containsEntry("transforms", "p1,p2,p3")
                .containsEntry("transforms.p1.type", "org.apache.kafka.connect.transforms.MaskField$Value")
                .containsEntry("transforms.p1.fields", "name")
                .containsEntry("transforms.p1.replacement", "****")
                .containsEntry("transforms.p2.fields", "age")
                .containsEntry("transforms.p3.type", "org.apache.kafka.connect.transforms.ReplaceField$Value")
                .containsEntry("transforms.p3.renames", "ssn:tax_id");
        assertThat(c)
                .as("a number is masked to 0, which needs no replacement")
                .doesNotContainKey("transforms.p2.replacement");
    }

    @Test
    void processorsOfAPostgresOriginRunInTheSourceSoMaskedValuesNeverReachKafka() {
        Pipeline p = Pipeline.of("safe", PostgresTable.of("customers"), PostgresTable.of("copy"))
                .with(new Processor.MaskField("ssn"));
        List<ConnectorSpec> specs = compiler.compile(p, customers);
        assertThat(specs.get(0).config())
                .containsEntry("transforms", "unwrap,route,p1")
                .containsEntry("transforms.p1.fields", "ssn");
        assertThat(specs.get(1).config()).doesNotContainKey("transforms");
    }

    @Test
    void unknownFieldsAreRefusedWithTheKnownColumns() {
        Pipeline p = Pipeline.of("p", PostgresTable.of("customers"), new KafkaTopic("t"))
                .with(new Processor.RenameField("ssn", "tax_id"))
                .with(new Processor.MaskField("ssn"));
        assertThatThrownBy(() -> PipelineCompiler.fieldsAfter(p.processors(), customers))
                .isInstanceOf(UnknownFieldException.class)
                .hasMessageContaining("no column \"ssn\"")
                .hasMessageContaining("Known columns: id, name, age, tax_id");
    }

    @Test
    void postgresToS3IsASourceAndAnIcebergSinkThatWritesDeletesAsRows() {
        Pipeline p = Pipeline.of("Lake Feed", PostgresTable.of("customers"), new S3Bucket("lake"))
                .with(new Processor.MaskField("ssn"));
        List<ConnectorSpec> specs = compiler.compile(p, customers);

        assertThat(specs).extracting(ConnectorSpec::role).containsExactly("source", "sink");
        assertThat(specs.get(0).config()).containsEntry("transforms", "unwrap,route,p1");
        Map<String, String> sink = specs.get(1).config();
        assertThat(sink)
                .containsEntry("connector.class", "org.apache.iceberg.connect.IcebergSinkConnector")
                .containsEntry("iceberg.tables", "sluice.lake_feed")
                .containsEntry("iceberg.catalog.warehouse", "s3://lake-s1a2b-3/warehouse")
                .containsEntry("iceberg.catalog.uri", "jdbc:postgresql://db:5432/sluice_s1a2b_3")
                .containsEntry("iceberg.catalog.s3.endpoint", "http://s3:9000")
                .containsEntry("iceberg.kafka.bootstrap.servers", "kafka:9092")
                .containsEntry("iceberg.control.topic", "sluice.s1a2b_3.pipeline.lake-feed.iceberg-control")
                .containsEntry("transforms", "deletesAsRows")
                .containsEntry("transforms.deletesAsRows.type", "dev.sluice.connect.DeleteAsRow")
                .containsEntry("iceberg.tables.schema-force-optional", "true");
    }

    @Test
    void anS3DestinationNeedsAnS3ServerAndAValidBucketName() {
        Map<String, Object> noS3 =
                Map.of("postgres", new PostgresEndpoint("db", 5432, "postgres", "x"), "kafka", "kafka:9092");
        PipelineCompiler withoutS3 = new PipelineCompiler(ns, new Services("external", noS3, noS3));
        assertThatThrownBy(() ->
                        withoutS3.compile(Pipeline.of("p", PostgresTable.of("c"), new S3Bucket("lake")), customers))
                .hasMessageContaining("needs the service 's3', which the external environment does not have")
                .hasMessageContaining("sluice.s3.endpoint");
        assertThatThrownBy(() ->
                        compiler.compile(Pipeline.of("p", PostgresTable.of("c"), new S3Bucket("Lake_1")), customers))
                .hasMessageContaining("not a valid S3 bucket name");
    }

    @Test
    void kafkaToKafkaIsAMirrorWhoseBytesAreParsedBeforeTheProcessors() {
        Pipeline pipeline = Pipeline.of("p", new KafkaTopic("raw.orders"), new KafkaTopic("masked"))
                .with(new Processor.MaskField("ssn"));
        List<ConnectorSpec> specs = compiler.compile(pipeline, customers);

        assertThat(specs).extracting(ConnectorSpec::role).containsExactly("source");
        assertThat(specs.get(0).config())
                .containsEntry("connector.class", "org.apache.kafka.connect.mirror.MirrorSourceConnector")
                .containsEntry("topics", "sluice\\.s1a2b_3\\.raw\\.orders")
                .containsEntry("transforms", "heartbeats,route,parse,p1")
                .containsEntry("transforms.parse.type", "dev.sluice.connect.ParseJson")
                .containsEntry("transforms.route.replacement", "sluice.s1a2b_3.masked")
                .containsEntry("transforms.p1.fields", "ssn")
                .containsEntry("key.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        // MirrorMaker copies heartbeats topics whatever its filter says: dropped before the route moves them on.
        java.util.regex.Pattern heartbeats =
                java.util.regex.Pattern.compile(specs.get(0).config().get("predicates.isHeartbeats.pattern"));
        assertThat(specs.get(0).config())
                .containsEntry("transforms.heartbeats.type", "org.apache.kafka.connect.transforms.Filter")
                .containsEntry("transforms.heartbeats.predicate", "isHeartbeats");
        assertThat(specs.get(0).config().get("predicates")).startsWith("isHeartbeats,");
        assertThat(heartbeats.matcher("heartbeats").matches()).isTrue();
        assertThat(heartbeats.matcher("origin.heartbeats").matches()).isTrue();
        assertThat(heartbeats.matcher("sluice.s1a2b_3.raw.orders").matches()).isFalse();
    }

    @Test
    void connectorsWithKafkaClientsOfTheirOwnGetTheEnvironmentsClientSettings() {
        Map<String, Object> secured = new java.util.HashMap<>(SERVICES);
        secured.put(
                Services.KAFKA_CLIENT,
                Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.jaas.config", "Scram required password=\"x\";"));
        PipelineCompiler securedCompiler = new PipelineCompiler(ns, new Services("test", secured, secured));

        Map<String, String> mirror = securedCompiler
                .compile(Pipeline.of("p", new KafkaTopic("a"), new KafkaTopic("b")), customers)
                .get(0)
                .config();
        assertThat(mirror)
                .containsEntry("source.cluster.security.protocol", "SASL_PLAINTEXT")
                .containsEntry("target.cluster.sasl.jaas.config", "Scram required password=\"x\";");
        Map<String, String> lake = securedCompiler
                .compile(Pipeline.of("p", new KafkaTopic("a"), new S3Bucket("lake")), customers)
                .get(0)
                .config();
        assertThat(lake).containsEntry("iceberg.kafka.security.protocol", "SASL_PLAINTEXT");
        assertThat(securedCompiler.placeholders("p").resolve("${kafka.security.protocol}", "test"))
                .isEqualTo("SASL_PLAINTEXT");
        assertThat(securedCompiler.placeholders("p").known()).contains("${kafka.sasl.jaas.config}");
        assertThat(compiler.placeholders("p").resolve("${kafka.security.protocol}", "test"))
                .isEqualTo("PLAINTEXT");
    }

    @Test
    void aTopicIntoItselfIsRefused() {
        assertThatThrownBy(
                        () -> compiler.compile(Pipeline.of("p", new KafkaTopic("a"), new KafkaTopic("a")), customers))
                .hasMessageContaining("would move the Kafka topic \"a\" into itself");
    }

    @Test
    void everyProcessorPassesTombstonesThroughUntouched() {
        Pipeline pipeline = Pipeline.of("p", PostgresTable.of("customers"), new KafkaTopic("t"))
                .with(new Processor.MaskField("ssn"))
                .with(new Processor.RenameField("name", "full_name"));
        Map<String, String> c = compiler.compile(pipeline, customers).get(0).config();

        assertThat(c)
                .containsEntry("transforms", "unwrap,route,p1,p2")
                .containsEntry("predicates", "isTombstone")
                .containsEntry(
                        "predicates.isTombstone.type",
                        "org.apache.kafka.connect.transforms.predicates.RecordIsTombstone")
                .containsEntry("transforms.p1.predicate", "isTombstone")
                .containsEntry("transforms.p1.negate", "true")
                .containsEntry("transforms.p2.predicate", "isTombstone")
                .containsEntry("transforms.p2.negate", "true");
    }

    @Test
    void theJdbcSinkQuotesIdentifiersSoKeywordsAndMixedCaseSurvive() {
        Map<String, String> sink = compiler.compile(
                        Pipeline.of("p", new KafkaTopic("t"), PostgresTable.of("orders")), customers)
                .get(0)
                .config();

        assertThat(sink).containsEntry("quote.identifiers", "true");
    }

    @Test
    void aPostgresOriginWithColumnsDifferingOnlyInCaseIsRefusedNamingBoth() {
        OriginSchema emails = new OriginSchema(
                List.of(
                        new OriginSchema.Column("id", false),
                        new OriginSchema.Column("Email", true),
                        new OriginSchema.Column("email", true)),
                List.of("id"));

        assertThatThrownBy(() ->
                        compiler.compile(Pipeline.of("p", PostgresTable.of("people"), new KafkaTopic("t")), emails))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Email\" and \"email\", which differ only in case")
                .hasMessageContaining("Rename one of them");
    }

    @Test
    void anS3BucketAsOriginIsRefusedSayingWhatIsSupported() {
        assertThatThrownBy(() -> compiler.compile(
                        Pipeline.of("p", new S3Bucket("lake"), new KafkaTopic("t")),
                        new OriginSchema(List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "from the S3 bucket \"lake\" to the Kafka topic \"t\" (S3 buckets are destinations only)")
                .hasMessageContaining("Supported: ")
                .hasMessageContaining("PostgreSQL table → S3 bucket")
                .hasMessageContaining("Kafka topic → PostgreSQL table")
                .satisfies(
                        e -> assertThat(e.getMessage().substring(e.getMessage().indexOf("Supported: ")))
                                .as("an S3 bucket is never offered as an origin")
                                .doesNotContain("S3 bucket →"));
    }

    @Test
    void anExactlyOncePipelineRequiresItOfItsSourceConnector() {
        List<ConnectorSpec> specs = compiler.compile(
                Pipeline.of("once", PostgresTable.of("ledger"), new KafkaTopic("ledger"))
                        .deliveringExactlyOnce(),
                customers);

        assertThat(specs.get(0).config())
                .containsEntry("exactly.once.support", "required")
                .containsEntry("transaction.boundary", "poll");
        assertThat(compiler.compile(Pipeline.of("p", PostgresTable.of("ledger"), new KafkaTopic("ledger")), customers)
                        .get(0)
                        .config())
                .doesNotContainKey("exactly.once.support");
    }

    @Test
    void exactlyOnceFromATopicIsRefusedSayingWhy() {
        assertThatThrownBy(() -> compiler.compile(
                        Pipeline.of("p", new KafkaTopic("in"), PostgresTable.of("out"))
                                .deliveringExactlyOnce(),
                        new OriginSchema(List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Exactly-once delivery is a guarantee of a source connector")
                .hasMessageContaining("its origin is a topic already");
    }
}
