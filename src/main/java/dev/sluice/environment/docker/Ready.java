package dev.sluice.environment.docker;

import dev.sluice.environment.ServiceStartException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * Waiting for a restarted container to be ready again; when it is not, its log says why. A container
 * that exits meanwhile fails the wait at once: it will not become ready.
 */
final class Ready {
    private Ready() {}

    static void await(GenericContainer<?> container, String service, Duration timeout, Callable<Boolean> ready) {
        try {
            Awaitility.await(service + " ready after restart")
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(250))
                    .failFast("its container exited", () -> !running(container))
                    .ignoreExceptions()
                    .until(ready);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            String[] lines = container.getLogs().split("\n");
            throw new ServiceStartException(
                    service,
                    (e instanceof TerminalFailureException
                                    ? "its container exited"
                                    : "not ready within " + timeout.toSeconds() + " s")
                            + " after a restart",
                    "its container log",
                    Arrays.asList(lines).subList(Math.max(0, lines.length - 40), lines.length),
                    e);
        }
    }

    /** Docker's own answer, asked each time. */
    private static boolean running(GenericContainer<?> container) {
        Boolean running = DockerClientFactory.instance()
                .client()
                .inspectContainerCmd(container.getContainerId())
                .exec()
                .getState()
                .getRunning();
        return Boolean.TRUE.equals(running);
    }
}
