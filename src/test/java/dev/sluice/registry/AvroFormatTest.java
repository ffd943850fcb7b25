package dev.sluice.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.kafka.KafkaTopic;
import dev.sluice.postgres.PostgresEndpoint;
import dev.sluice.postgres.PostgresTable;
import dev.sluice.sdk.format.RecordFormats;
import dev.sluice.sdk.pipeline.ConnectorFiles;
import dev.sluice.sdk.pipeline.ConnectorSpec;
import dev.sluice.sdk.pipeline.Pipeline;
import dev.sluice.sdk.pipeline.PipelineCompiler;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.Services;
import dev.sluice.sdk.system.StageLibrary;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvroFormatTest {
    private static final Map<String, Object> TESTS = Map.of(
            "postgres", new PostgresEndpoint("localhost", 5432, "postgres", "s3cret"), "kafka", "localhost:9092");
    /** The engine reaches the registry at another address than the tests (as in docker). */
    private static final Map<String, Object> ENGINE = Map.of(
            "postgres",
            new PostgresEndpoint("db", 5432, "postgres", "s3cret"),
            "kafka",
            "kafka:9092",
            SchemaRegistry.ID,
            RegistryEndpoint.open(URI.create("http://registry:8080")));

    private final PipelineCompiler compiler =
            new PipelineCompiler(new Namespace("s1a2b_3"), new Services("test", TESTS, ENGINE));
    private final OriginSchema orders = new OriginSchema(
            List.of(new OriginSchema.Column("id", false), new OriginSchema.Column("note", true)), List.of("id"));

    @Test
    void everyConnectorOfAnAvroPipelineWritesAndReadsTheRegistrysAvroInConfluentsFraming() {
        Pipeline pipeline = Pipeline.of("p", PostgresTable.of("orders"), PostgresTable.of("copy"))
                .writing(RecordFormats.byName("avro"));
        List<ConnectorSpec> specs = compiler.compile(pipeline, orders);

        assertThat(specs).extracting(ConnectorSpec::role).containsExactly("source", "sink");
        for (ConnectorSpec spec : specs) {
            for (String side : List.of("key", "value")) {
                assertThat(spec.config())
                        .containsEntry(side + ".converter", AvroFormat.AVRO_CONVERTER)
                        .containsEntry(
                                side + ".converter.apicurio.registry.url", "http://registry:8080/apis/registry/v2")
                        .containsEntry(side + ".converter.apicurio.registry.as-confluent", "true")
                        .containsEntry(side + ".converter.apicurio.registry.use-id", "contentId")
                        .containsEntry(side + ".converter.apicurio.registry.headers.enabled", "false");
            }
        }
    }

    @Test
    void jsonNeedsNoConverterSettings() {
        Pipeline pipeline = Pipeline.of("p", PostgresTable.of("orders"), new KafkaTopic("orders"))
                .writing(RecordFormats.byName("JSON"));
        assertThat(compiler.compile(pipeline, orders).get(0).config()).doesNotContainKey("value.converter");
    }

    @Test
    void aMirrorWithConvertersOfItsOwnAndTeamFilesRefuseAnotherFormatSayingWhy() {
        assertThatThrownBy(() -> compiler.compile(
                        Pipeline.of("p", new KafkaTopic("a"), new KafkaTopic("b"))
                                .writing(RecordFormats.byName("Avro")),
                        orders))
                .hasMessageContaining("cannot write Avro: its source connector chooses its own converters");
        assertThatThrownBy(() -> Pipeline.definedBy("p", ConnectorFiles.at("features/schemas/avro-capture"))
                        .writing(RecordFormats.byName("Avro")))
                .hasMessageContaining("is configured by its files: set its converters there");
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        assertThatThrownBy(() -> RecordFormats.byName("Parquet"))
                .hasMessage("Unknown record format 'Parquet': expected one of JSON, Avro");
    }

    @Test
    void theConvertersAreAStageLibraryWithAManifestAndAVersionForOlderCores() {
        StageLibrary library = StageLibrary.byId("apicurio-converters");
        assertThat(library.manifests().get(StageLibrary.CONVERTER)).contains(AvroFormat.AVRO_CONVERTER);
        assertThat(library.versionDefaults().orElseThrow().forCoreLine("4.3")).isEqualTo("2.6.13.Final");
        assertThat(library.versionDefaults().orElseThrow().forCoreLine("3.7")).isEqualTo("2.5.11.Final");
    }
}
