package dev.sluice.sdk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.postgres.PostgresEndpoint;
import dev.sluice.s3.S3Endpoint;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.Services;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's own connector files compiled: placeholders resolved, names namespaced, processors appended. */
class FileDefinedPipelineTest {
    private static final Map<String, Object> SERVICES = Map.of(
            "postgres", new PostgresEndpoint("db", 5432, "postgres", "s3cret"),
            "kafka", "kafka:9092",
            "s3", new S3Endpoint(URI.create("http://s3:9000"), "us-east-1", "access", "secret"));
    private static final OriginSchema UNKNOWN = new OriginSchema(List.of(), List.of());
    private final PipelineCompiler compiler =
            new PipelineCompiler(new Namespace("s1"), new Services("test", SERVICES, SERVICES));

    @TempDir
    Path root;

    private ConnectorFiles files(String source, String sink) throws IOException {
        Path dir = Files.createDirectories(root.resolve("orders"));
        Files.writeString(dir.resolve("10-cdc.json"), source);
        if (sink != null) {
            Files.writeString(dir.resolve("20-copy.json"), sink);
        }
        return new ConnectorFiles(root, "orders");
    }

    @Test
    void placeholdersAreResolvedAndConnectorNamesNamespaced() throws IOException {
        ConnectorFiles files = files(
                "{\"name\": \"cdc\", \"config\": {\"connector.class\": \"io.debezium.connector.postgresql.PostgresConnector\","
                        + " \"database.hostname\": \"${postgres.host}\", \"database.dbname\": \"${postgres.database}\","
                        + " \"slot.name\": \"${slot}\", \"topic.prefix\": \"${pipeline}\"}}",
                "{\"connector.class\": \"S\", \"topics\": \"${topic:orders}\", \"connection.url\": \"${postgres.jdbc-url}\","
                        + " \"bootstrap\": \"${kafka.bootstrap}\", \"s3\": \"${s3.endpoint}/${bucket:lake}\"}");

        List<ConnectorSpec> specs = compiler.compile(Pipeline.definedBy("Orders Out", files), UNKNOWN);

        assertThat(specs)
                .extracting(ConnectorSpec::name)
                .containsExactly("sluice-s1-orders-out-cdc", "sluice-s1-orders-out-20-copy");
        assertThat(specs.get(0).config())
                .containsEntry("database.hostname", "db")
                .containsEntry("database.dbname", "sluice_s1")
                .containsEntry("slot.name", "sluice_s1_orders_out")
                .containsEntry("topic.prefix", "sluice.s1.pipeline.orders-out");
        assertThat(specs.get(1).config())
                .containsEntry("topics", "sluice.s1.orders")
                .containsEntry("connection.url", "jdbc:postgresql://db:5432/sluice_s1")
                .containsEntry("bootstrap", "kafka:9092")
                .containsEntry("s3", "http://s3:9000/lake-s1");
    }

    @Test
    void processorsJoinTheFirstConnectorsOwnChainWithoutTakingItsNames() throws IOException {
        ConnectorFiles files = files(
                "{\"connector.class\": \"C\", \"transforms\": \"p1,route\", \"transforms.p1.type\": \"X\","
                        + " \"predicates\": \"mine\", \"predicates.mine.type\": \"Y\"}",
                null);

        Map<String, String> c = compiler.compile(
                        Pipeline.definedBy("p", files).with(new Processor.MaskField("ssn")), UNKNOWN)
                .get(0)
                .config();

        assertThat(c)
                .containsEntry("transforms", "p1,route,p2")
                .containsEntry("transforms.p1.type", "X")
                .containsEntry("transforms.p2.type", "org.apache.kafka.connect.transforms.MaskField$Value")
                .containsEntry("transforms.p2.fields", "ssn")
                .containsEntry("transforms.p2.predicate", "isTombstone")
                .containsEntry("predicates", "mine,isTombstone");
    }

    @Test
    void anUnknownPlaceholderAndExactlyOnceAreRefusedSayingWhatToDo() throws IOException {
        ConnectorFiles files = files("{\"connector.class\": \"C\", \"x\": \"${postgres.hostname}\"}", null);
        assertThatThrownBy(() -> compiler.compile(Pipeline.definedBy("p", files), UNKNOWN))
                .hasMessageContaining("Unknown placeholder ${postgres.hostname} in orders/10-cdc.json (\"x\")")
                .hasMessageContaining("${postgres.host}, ${postgres.jdbc-url}")
                .hasMessageContaining("${bucket:<name>}")
                .hasMessageContaining("${mariadb.host}");
        ConnectorFiles fine = new ConnectorFiles(root, "orders/10-cdc.json");
        assertThatThrownBy(() -> compiler.compile(Pipeline.definedBy("p", fine).deliveringExactlyOnce(), UNKNOWN))
                .hasMessageContaining("\"exactly.once.support\": \"required\"");
    }
}
