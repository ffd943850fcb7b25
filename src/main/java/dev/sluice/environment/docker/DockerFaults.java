package dev.sluice.environment.docker;

import com.github.dockerjava.api.model.ContainerNetwork;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/** Faults done to the docker environment's containers: the same container killed or restarted, then ready again. */
record DockerFaults(Duration readyTimeout) {

    /** SIGKILL, then the same container (its data and ports) starts again and must become ready. */
    void killAndStart(GenericContainer<?> container, String service, Callable<Boolean> ready) {
        var docker = DockerClientFactory.instance().client();
        docker.killContainerCmd(container.getContainerId()).exec();
        docker.startContainerCmd(container.getContainerId()).exec();
        Ready.await(container, service, readyTimeout, ready);
    }

    /** docker restart: the container's own stop signal, then the same container again. */
    void restart(GenericContainer<?> container, String service, Callable<Boolean> ready) {
        DockerClientFactory.instance()
                .client()
                .restartContainerCmd(container.getContainerId())
                .withTimeout(30)
                .exec();
        Ready.await(container, service, readyTimeout, ready);
    }

    /**
     * Disconnects the container from the run's network (nothing reaches it: not the engine, not the
     * tests), waits {@code cut}, connects it again under the same name, and waits until it answers.
     */
    void cutAndRestore(GenericContainer<?> container, String alias, Duration cut, Callable<Boolean> ready) {
        var docker = DockerClientFactory.instance().client();
        String network = container.getNetwork().getId();
        docker.disconnectFromNetworkCmd()
                .withNetworkId(network)
                .withContainerId(container.getContainerId())
                .withForce(true)
                .exec();
        try {
            Thread.sleep(cut.toMillis()); // the length of the outage is the fault itself, not a wait for a state
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            docker.connectToNetworkCmd()
                    .withNetworkId(network)
                    .withContainerId(container.getContainerId())
                    .withContainerNetwork(new ContainerNetwork().withAliases(alias))
                    .exec();
        }
        Ready.await(container, alias, readyTimeout, ready);
    }

    static boolean answers(URI connectUrl, String readinessPath) throws Exception {
        HttpResponse<Void> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(connectUrl.resolve(readinessPath))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        return r.statusCode() == 200;
    }
}
