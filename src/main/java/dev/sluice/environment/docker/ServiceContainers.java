package dev.sluice.environment.docker;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.utility.DockerImageName;

/**
 * The containers of one docker environment: each on the run's network under its service's name,
 * labelled as the run's, published on a host port chosen before its start (so that a restarted
 * container answers where it did), started with its time recorded and, when it fails, its log in
 * the error. Stopped in the reverse order of their start.
 */
final class ServiceContainers {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");

    private static final String TESTCONTAINERS_SESSION = "org.testcontainers.sessionId";

    private final Network network;
    private final Map<String, String> labels;
    /** A kept (or reused) environment outlives this JVM. */
    private final boolean kept;

    private final Duration timeout;
    private final List<ContainerService> started = new ArrayList<>();

    /** Creates the run's network, labelled like its containers. */
    ServiceContainers(Map<String, String> labels, Duration timeout) {
        this.labels = Map.copyOf(labels);
        this.kept = "kept".equals(labels.get(DockerEnvironment.OWNER));
        this.timeout = timeout;
        this.network = Network.builder()
                .createNetworkCmdModifier(cmd -> cmd.withLabels(ownLabels(cmd.getLabels())))
                .build();
        network.getId();
    }

    /** A container of the service {@code alias}, reachable as {@code alias} on the network and at {@code hostPort}. */
    GenericContainer<?> define(String image, String alias, int hostPort, int containerPort) {
        GenericContainer<?> c = new GenericContainer<>(DockerImageName.parse(image));
        return c.withNetwork(network)
                .withNetworkAliases(alias)
                .withStartupTimeout(timeout)
                .withExposedPorts(containerPort)
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                        .withPortBindings(new PortBinding(
                                Ports.Binding.bindIpAndPort("127.0.0.1", hostPort), ExposedPort.tcp(containerPort))))
                .withCreateContainerCmdModifier(cmd -> cmd.withLabels(ownLabels(cmd.getLabels())));
    }

    /**
     * The run's labels over Testcontainers' own. Without Ryuk, Testcontainers removes everything
     * that carries its session's label when the JVM exits, which would take a kept (or reused)
     * environment with it; Testcontainers adds that label after every modifier has run, so a kept
     * environment's labels are a map that does not take it (its network keeps the label, but a
     * network still in use is not removed).
     */
    private Map<String, String> ownLabels(Map<String, String> given) {
        Map<String, String> all = kept ? new WithoutSessionLabel() : new LinkedHashMap<>();
        all.putAll(given == null ? Map.of() : given);
        all.putAll(labels);
        return all;
    }

    /** Labels that never hold Testcontainers' session label (see {@link #ownLabels}). */
    private static final class WithoutSessionLabel extends LinkedHashMap<String, String> {
        @Override
        public String put(String key, String value) {
            return TESTCONTAINERS_SESSION.equals(key) ? null : super.put(key, value);
        }

        @Override
        public void putAll(Map<? extends String, ? extends String> labels) {
            labels.forEach(this::put);
        }
    }

    /** Starts the container as the service {@code service} and waits for its readiness (see {@link ContainerService}). */
    void start(String service, GenericContainer<?> container) {
        ContainerService started = new ContainerService(service, container);
        synchronized (this.started) {
            this.started.add(started);
        }
        started.start();
    }

    /**
     * Stops the container as {@code docker stop} does (SIGTERM, so the service shuts down cleanly,
     * then SIGKILL after the grace period), removes it and forgets it.
     */
    void stopCleanly(GenericContainer<?> container, Duration grace) {
        synchronized (started) {
            started.removeIf(s -> s.container() == container);
        }
        if (container.isRunning()) {
            DockerClientFactory.instance()
                    .client()
                    .stopContainerCmd(container.getContainerId())
                    .withTimeout((int) grace.toSeconds())
                    .exec();
        }
        container.stop();
    }

    /** The last lines of the container's log; empty when it has none. */
    static List<String> logTail(GenericContainer<?> container, int lines) {
        return ContainerService.logTail(container, lines);
    }

    /** What a kept environment prints: where each service answers, and how to remove it all. */
    static String keptListing(String runId, Map<String, String> urls, String stopCommand) {
        StringBuilder b = new StringBuilder("docker environment kept (sluice.keep=true), run ")
                .append(runId)
                .append(":\n");
        urls.forEach((service, url) -> {
            if (url != null) {
                b.append(String.format("  %-9s %s%n", service, url));
            }
        });
        return b.append("  stop it with: ").append(stopCommand).toString();
    }

    Map<String, Duration> startTimes() {
        Map<String, Duration> times = new LinkedHashMap<>();
        synchronized (started) {
            started.stream().filter(s -> s.startedIn() != null).forEach(s -> times.put(s.name(), s.startedIn()));
        }
        return times;
    }

    /** The shell command that removes the containers and the network (for a kept environment). */
    String stopCommand() {
        List<String> ids;
        synchronized (started) {
            ids = started.stream()
                    .map(s -> s.container().getContainerId())
                    .filter(id -> id != null)
                    .map(id -> id.substring(0, 12))
                    .toList();
        }
        return (ids.isEmpty() ? "" : "docker rm -f " + String.join(" ", ids) + " && ") + "docker network rm "
                + network.getId().substring(0, 12);
    }

    /** Stops every container, the last started first, then removes the network; failures are logged, all runs. */
    void removeAll() {
        List<ContainerService> all;
        synchronized (started) {
            all = new ArrayList<>(started);
            started.clear();
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            try {
                all.get(i).stop();
            } catch (RuntimeException e) {
                LOG.warn("Stopping a container failed: {}", e.toString());
            }
        }
        try {
            network.close();
        } catch (RuntimeException e) {
            LOG.warn("Removing the network failed: {}", e.toString());
        }
    }
}
