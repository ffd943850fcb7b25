package dev.sluice.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.environment.Environment;
import dev.sluice.environment.Environments;
import dev.sluice.environment.Settings;
import dev.sluice.kafka.KafkaTopic;
import dev.sluice.postgres.PostgresTable;
import dev.sluice.sdk.pipeline.Pipeline;
import dev.sluice.sdk.pipeline.Processor;
import dev.sluice.verify.DestinationAssertions;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.TableData;
import dev.sluice.workspace.Workspace;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SDK stands alone: a plain JUnit 5 test, no Cucumber, starts an environment and runs a
 * PostgreSQL → Kafka pipeline through a workspace. The marked part is the README's SDK example
 * ({@code ReadmeExampleTest} keeps the two the same).
 */
class SdkWithoutCucumberIT {

    @Test
    void aWorkspaceRunsAPipelineAndChecksTheTopic() {
        Workspace[] used = new Workspace[1];
        // README example: start
        Environment environment = Environments.create(Settings.fromJvm()); // local, docker or external, as configured
        environment.start();
        try (environment;
                Workspace workspace = Workspace.open(environment)) {
            PostgresTable orders = PostgresTable.of("orders");
            KafkaTopic topic = new KafkaTopic("orders");
            SeedTable rows = SeedTable.parse(List.of(
                    List.of("id:int", "customer", "ssn"), // a header cell is column:type
                    List.of("1", "Ann", "123-45-6789")));
            workspace.seed(orders, rows);
            workspace
                    .start(Pipeline.of("orders-out", orders, topic).with(new Processor.MaskField("ssn")))
                    .orThrow();
            TableData expected = new TableData(List.of("id", "customer", "ssn"), List.of(List.of("1", "Ann", "****")));
            DestinationAssertions.containsExactly(
                    workspace.destination(topic), expected, Duration.ofSeconds(30), workspace::anyPipelineFailure);
            // README example: end
            used[0] = workspace;
            assertThat(workspace.uncheckedFailures()).isEmpty();
        }
        // Closing the workspace removed its connectors; closing the environment stopped its services.
        assertThat(used[0].engineIfStarted()).isPresent();
        assertThat(used[0].engineIfStarted().get().pipelineNames()).isEmpty();
    }
}
