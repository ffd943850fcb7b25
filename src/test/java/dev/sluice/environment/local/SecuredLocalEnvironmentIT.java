package dev.sluice.environment.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.environment.Environment;
import dev.sluice.environment.Environments;
import dev.sluice.environment.Settings;
import dev.sluice.kafka.KafkaTopic;
import dev.sluice.postgres.PostgresTable;
import dev.sluice.sdk.ConnectAccess;
import dev.sluice.sdk.ConnectClient;
import dev.sluice.sdk.pipeline.Pipeline;
import dev.sluice.verify.DestinationAssertions;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.TableData;
import dev.sluice.workspace.Workspace;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

/**
 * {@code sluice.secure=true}: the engine's REST API answers HTTPS only, with a certificate made for
 * the run, and refuses requests without the generated credentials, the broker refuses clients without SASL, and a pipeline still runs end to end (the
 * worker's clients, the connectors' and Sluice's own all authenticate).
 */
class SecuredLocalEnvironmentIT {
    private ConnectAccess trust;

    @Test
    void aSecuredEnvironmentLetsInOnlyWhoHasTheCredentials() throws Exception {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((k, v) -> properties.put(String.valueOf(k), String.valueOf(v)));
        properties.put(Settings.SECURE, "true");
        Environment environment =
                Environments.create(new Settings(properties, System.getenv(), Settings.suiteProperties()));
        environment.start();
        trust = environment.connectAccess();
        try (environment;
                Workspace workspace = Workspace.open(environment)) {
            URI connectors = environment.connectUrl().resolve("/connectors");
            assertThat(connectors.getScheme()).isEqualTo("https");
            assertThatThrownBy(() -> HttpClient.newHttpClient()
                            .send(HttpRequest.newBuilder(connectors).build(), HttpResponse.BodyHandlers.discarding()))
                    .as("a client that does not trust the run's certificate")
                    .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
            assertThat(status(connectors, null)).as("no credentials").isEqualTo(401);
            assertThat(status(connectors, ConnectAccess.basic("sluice", "not-the-password-at-all")))
                    .as("a wrong password")
                    .isEqualTo(401);
            assertThat(status(connectors, environment.connectAccess())).isEqualTo(200);
            assertThat(new ConnectClient(environment::connectUrl, environment.connectAccess()).connectors())
                    .isEmpty();

            assertThat(environment.kafkaClientSettings()).containsEntry("security.protocol", "SASL_PLAINTEXT");
            assertThatThrownBy(() -> clusterNodes(environment.kafkaBootstrapServers(), Map.of()))
                    .as("a client without SASL");
            assertThat(clusterNodes(environment.kafkaBootstrapServers(), environment.kafkaClientSettings()))
                    .isPositive();

            PostgresTable orders = PostgresTable.of("orders");
            KafkaTopic topic = new KafkaTopic("orders");
            workspace.seed(orders, SeedTable.parse(List.of(List.of("id:int", "item"), List.of("1", "Lamp"))));
            workspace.start(Pipeline.of("orders-out", orders, topic)).orThrow();
            DestinationAssertions.containsExactly(
                    workspace.destination(topic),
                    new TableData(List.of("id", "item"), List.of(List.of("1", "Lamp"))),
                    Duration.ofSeconds(30),
                    workspace::anyPipelineFailure);
        }
    }

    /** The status of a GET over HTTPS trusting the run's certificate, with the given credentials (or none). */
    private int status(URI url, ConnectAccess credentials) throws Exception {
        HttpRequest request = credentials == null
                ? HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build()
                : credentials.get(url, Duration.ofSeconds(5)).build();
        return trust.httpClient(Duration.ofSeconds(5))
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static int clusterNodes(String bootstrap, Map<String, String> clientSettings) throws Exception {
        Map<String, Object> config = new HashMap<>(clientSettings);
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(config)) {
            return admin.describeCluster().nodes().get(6, TimeUnit.SECONDS).size();
        }
    }
}
