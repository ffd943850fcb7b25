package dev.sluice.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.sdk.pipeline.ConnectorSpec;
import dev.sluice.sdk.pipeline.Pipeline;
import dev.sluice.sdk.pipeline.PipelineCompiler;
import dev.sluice.sdk.system.DatabaseServer;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.Services;
import dev.sluice.sdk.system.Systems;
import dev.sluice.verify.SeedTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MariaDbSystemTest {
    private final Namespace ns = new Namespace("s1a2b_3");
    private final Map<String, Object> forTests =
            Map.of("mariadb", new DatabaseServer("localhost", 33061, "sluice", "s3cret"), "kafka", "localhost:9093");
    private final Map<String, Object> forEngine =
            Map.of("mariadb", new DatabaseServer("mariadb", 3306, "sluice", "s3cret"), "kafka", "kafka:9092");
    private final PipelineCompiler compiler = new PipelineCompiler(ns, new Services("test", forTests, forEngine));
    private final OriginSchema stock = new OriginSchema(
            List.of(new OriginSchema.Column("warehouse", true), new OriginSchema.Column("qty", false)),
            List.of("warehouse"));

    @Test
    void theRegistryKnowsThePhrase() {
        assertThat(Systems.parse("MariaDB table \"customers\"")).isEqualTo(new MariaDbTable("customers"));
    }

    @Test
    void aMariaDbOriginReadsTheBinlogOfTheWorkspacesDatabaseAsTheEngineReachesIt() {
        List<ConnectorSpec> specs =
                compiler.compile(Pipeline.of("Stock Out", new MariaDbTable("stock"), new MariaDbTable("copy")), stock);

        Map<String, String> source = specs.get(0).config();
        assertThat(source)
                .containsEntry("connector.class", "io.debezium.connector.mariadb.MariaDbConnector")
                .containsEntry("database.hostname", "mariadb")
                .containsEntry("database.port", "3306")
                .containsEntry("database.include.list", "sluice_s1a2b_3")
                .containsEntry("table.include.list", "sluice_s1a2b_3\\.stock")
                .containsEntry("schema.history.internal.kafka.bootstrap.servers", "kafka:9092")
                .containsEntry("transforms.route.replacement", ns.pipelineTopic("Stock Out"));
        assertThat(source.get("schema.history.internal.kafka.topic"))
                .as("removed with the workspace's topics")
                .startsWith(ns.topicPrefix());
        assertThat(Long.parseLong(source.get("database.server.id"))).isGreaterThanOrEqualTo(100_000L);

        Map<String, String> sink = specs.get(1).config();
        assertThat(sink)
                .containsEntry(
                        "connection.url", "jdbc:mariadb://mariadb:3306/sluice_s1a2b_3?nullDatabaseMeansCurrent=true")
                .containsEntry("collection.name.format", "copy")
                .containsEntry("primary.key.mode", "record_key")
                .containsEntry("delete.enabled", "true");
    }

    @Test
    void replicaIdsDifferPerPipelineAndStayTheSame() {
        assertThat(MariaDbSystem.serverId("a")).isEqualTo(MariaDbSystem.serverId("a"));
        assertThat(MariaDbSystem.serverId("sluice_x_orders")).isNotEqualTo(MariaDbSystem.serverId("sluice_x_stock"));
    }

    @Test
    void typesMariaDbCannotHoldAreRefusedNamingTheColumn() {
        SeedTable.Column tags = SeedTable.parse(List.of(List.of("tags:text[]"), List.of("{a}")))
                .columns()
                .get(0);
        assertThatThrownBy(() -> MariaDbDatabase.sqlType(tags))
                .hasMessageContaining("\"tags\"")
                .hasMessageContaining("text[]")
                .hasMessageContaining("Use jsonb");
    }

    @Test
    void namesAreCheckedSayingWhatIsValid() {
        assertThatThrownBy(() -> new MariaDbTable("shop.customers"))
                .hasMessageContaining("not a plain MariaDB table name")
                .hasMessageContaining("letters, digits and _");
    }
}
