package dev.sluice.environment.docker;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/** Faults done to the docker environment's containers: the same container killed or restarted, then ready again. */
record DockerFaults(Duration readyTimeout) {

    /** SIGKILL, then the same container (its data and ports) starts again and must become ready. */
    void killAndStart(GenericContainer<?> container, String service, Callable<Boolean> ready) {
        var docker = DockerClientFactory.instance().client();
        docker.killContainerCmd(container.getContainerId()).exec();
        docker.startContainerCmd(container.getContainerId()).exec();
        Ready.await(service, readyTimeout, ready, container::getLogs);
    }

    /** docker restart: the container's own stop signal, then the same container again. */
    void restart(GenericContainer<?> container, String service, Callable<Boolean> ready) {
        DockerClientFactory.instance()
                .client()
                .restartContainerCmd(container.getContainerId())
                .withTimeout(30)
                .exec();
        Ready.await(service, readyTimeout, ready, container::getLogs);
    }

    static boolean answersHealth(URI connectUrl) throws Exception {
        HttpResponse<Void> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(connectUrl.resolve("/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        return r.statusCode() == 200;
    }

    static boolean clusterAnswers(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        }
    }
}
