package dev.sluice.environment.docker;

import dev.sluice.environment.ServiceStartException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** Waiting for a restarted container to be ready again; when it is not, its log says why. */
final class Ready {
    private Ready() {}

    static void await(String service, Duration timeout, Callable<Boolean> ready, Supplier<String> log) {
        try {
            Awaitility.await(service + " ready after restart")
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .until(ready);
        } catch (ConditionTimeoutException e) {
            String[] lines = log.get().split("\n");
            throw new ServiceStartException(
                    service,
                    "not ready within " + timeout.toSeconds() + " s after a restart",
                    "its container log",
                    Arrays.asList(lines).subList(Math.max(0, lines.length - 40), lines.length),
                    e);
        }
    }
}
