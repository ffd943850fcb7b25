package dev.sluice.environment.docker;

import dev.sluice.environment.Service;
import dev.sluice.environment.ServiceStartException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * A service as a container: the same lifecycle contract as a local child process ({@link
 * Service}). Readiness is the container's wait strategy; a failed start carries the last lines of
 * its log; the time to ready is kept for the progress lines and the benchmark.
 */
final class ContainerService implements Service {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");
    private static final int LOG_LINES_ON_FAILURE = 40;

    private final String name;
    private final GenericContainer<?> container;
    private Duration startedIn;

    ContainerService(String name, GenericContainer<?> container) {
        this.name = name;
        this.container = container;
    }

    @Override
    public String name() {
        return name;
    }

    GenericContainer<?> container() {
        return container;
    }

    Duration startedIn() {
        return startedIn;
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        long begin = System.nanoTime();
        try {
            container.start();
        } catch (RuntimeException e) {
            throw new ServiceStartException(
                    name,
                    String.valueOf(e.getMessage()),
                    "container " + container.getDockerImageName(),
                    logTail(container, LOG_LINES_ON_FAILURE),
                    e);
        }
        startedIn = Duration.ofNanos(System.nanoTime() - begin);
        LOG.info(
                "{} ready in {} s (container {})",
                name,
                String.format("%.1f", startedIn.toMillis() / 1000.0),
                container.getContainerId().substring(0, 12));
    }

    @Override
    public synchronized void stop() {
        container.stop();
    }

    @Override
    public boolean isRunning() {
        return container.isRunning();
    }

    /** The last lines of the container's log; empty when it has none (or does not exist). */
    static List<String> logTail(GenericContainer<?> container, int lines) {
        try {
            String[] all = container.getLogs().split("\n");
            return List.of(all).subList(Math.max(0, all.length - lines), all.length);
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
