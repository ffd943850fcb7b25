package dev.sluice.sdk.pipeline;

import dev.sluice.sdk.ConnectorStatus;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * On an engine of several workers a rebalance moves healthy connectors and tasks between workers: for a second or two
 * they read UNASSIGNED or RESTARTING ({@link ConnectorStatus#isMoving}). A check that a pipeline runs waits for those;
 * any other state (failed, paused, stopped, gone) will not become RUNNING by waiting, and ends the wait at once.
 */
final class MovingConnectors {
    private MovingConnectors() {}

    /** Empty when every connector and task runs, otherwise the statuses last seen. */
    static Optional<Map<String, Optional<ConnectorStatus>>> awaitRunning(
            String pipeline,
            Supplier<Map<String, Optional<ConnectorStatus>>> statuses,
            Duration patience,
            Duration poll) {
        AtomicReference<Map<String, Optional<ConnectorStatus>>> seen = new AtomicReference<>(Map.of());
        try {
            Awaitility.await(pipeline + " running")
                    .atMost(patience)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(poll)
                    .until(() -> {
                        seen.set(statuses.get());
                        return settled(seen.get().values());
                    });
        } catch (ConditionTimeoutException e) {
            return Optional.of(seen.get());
        }
        return allRunning(seen.get().values()) ? Optional.empty() : Optional.of(seen.get());
    }

    /** Nothing being moved, or something in a state other than RUNNING that waiting will not change. */
    static boolean settled(Collection<Optional<ConnectorStatus>> statuses) {
        return statuses.stream().noneMatch(s -> s.map(ConnectorStatus::isMoving).orElse(false))
                || statuses.stream().anyMatch(s -> s.map(c -> !c.isRunning() && !c.isMoving())
                        .orElse(true));
    }

    static boolean allRunning(Collection<Optional<ConnectorStatus>> statuses) {
        return statuses.stream().allMatch(s -> s.map(ConnectorStatus::isRunning).orElse(false));
    }
}
