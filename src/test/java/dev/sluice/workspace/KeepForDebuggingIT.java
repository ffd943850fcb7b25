package dev.sluice.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.environment.Environment;
import dev.sluice.environment.Environments;
import dev.sluice.environment.Settings;
import dev.sluice.kafka.KafkaTopic;
import dev.sluice.kafka.KafkaTopics;
import dev.sluice.postgres.PostgresTable;
import dev.sluice.sdk.ConnectClient;
import dev.sluice.sdk.pipeline.Pipeline;
import dev.sluice.verify.DestinationAssertions;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.TableData;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A kept workspace (a failed scenario with {@code sluice.keep=true}) leaves its connectors, its
 * database and its topics where they are, and says how to reach each; a closed one removes them.
 */
class KeepForDebuggingIT {

    @Test
    void aKeptWorkspaceLeavesItsPipelinesAndDataAndSaysHowToReachThem() throws Exception {
        Environment environment = Environments.create(Settings.fromJvm());
        environment.start();
        try (environment) {
            Workspace workspace = Workspace.open(environment);
            PostgresTable orders = PostgresTable.of("orders");
            KafkaTopic topic = new KafkaTopic("orders");
            workspace.seed(orders, SeedTable.parse(List.of(List.of("id:int", "item"), List.of("1", "Lamp"))));
            workspace.start(Pipeline.of("orders-out", orders, topic)).orThrow();
            DestinationAssertions.containsExactly(
                    workspace.destination(topic),
                    new TableData(List.of("id", "item"), List.of(List.of("1", "Lamp"))),
                    Duration.ofSeconds(30),
                    workspace::anyPipelineFailure);

            List<String> left = workspace.keepForDebugging();

            String database = workspace.namespace().database();
            String topicName = workspace.namespace().topic("orders");
            assertThat(String.join("\n", left))
                    .contains("psql \"postgresql://", database, "kafka-console-consumer.sh", topicName, "curl -s");
            assertThat(new ConnectClient(environment::connectUrl, environment.connectAccess()).connectors())
                    .as("the pipeline's connectors stay")
                    .anyMatch(c -> c.startsWith(workspace.namespace().connectorPrefix()));
            var postgres = environment
                    .services()
                    .forTests("postgres", dev.sluice.sdk.jdbc.JdbcServer.class)
                    .orElseThrow();
            try (var c =
                    DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password())) {
                assertThat(c.isValid(5)).as("the scenario's database stays").isTrue();
            }
            try (KafkaTopics topics = new KafkaTopics(environment.kafkaBootstrapServers())) {
                assertThat(topics.topicsStartingWith(workspace.namespace().topicPrefix()))
                        .as("the scenario's topics stay")
                        .contains(topicName);
            }
        }
    }
}
