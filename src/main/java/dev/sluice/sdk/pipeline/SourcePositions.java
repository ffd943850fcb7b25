package dev.sluice.sdk.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.sdk.ConnectClient;
import dev.sluice.sdk.ConnectorStatus;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.awaitility.pollinterval.PollInterval;

/**
 * Waits until a change-data source has committed a position. A RUNNING task is not enough on a cluster of several
 * workers: a rebalance can move the task before its first commit, and the new instance, finding no position, takes
 * its snapshot again; changes made in between are folded into that snapshot instead of arriving as changes of their
 * own (seen in the external proof with two workers: a row's "pending" never reached its topic). A small origin's
 * snapshot is committed in one go, so its first commit closes that gap. A long snapshot is committed in parts, and a
 * task moved in the middle of one takes it again (Debezium's own behaviour); waiting for its end instead would make
 * every start wait for the whole snapshot, and a fault injected "while the snapshot streams" would come too late.
 * Debezium's sources only.
 */
final class SourcePositions {
    private static final String DEBEZIUM = "io.debezium.connector.";
    /**
     * 50 ms, then half as long again each time, to at most 500 ms: the engine answers each request by reading its
     * whole offsets topic with a consumer of its own (Kafka's Worker.sourceConnectorOffsets), a topic that grows
     * with every pipeline a run started, and a source's first commit takes a second or more.
     */
    private static final PollInterval POLL = (count, previous) ->
            count <= 1 ? Duration.ofMillis(50) : min(previous.multipliedBy(3).dividedBy(2), Duration.ofMillis(500));

    private SourcePositions() {}

    static boolean applies(ConnectorSpec spec) {
        return "source".equals(spec.role())
                && spec.connectorClass() != null
                && spec.connectorClass().startsWith(DEBEZIUM);
    }

    /** Whether the engine's {@code GET /connectors/{name}/offsets} answer holds a committed offset. */
    static boolean recorded(JsonNode answer) {
        return ConnectClient.holdsCommittedOffset(answer);
    }

    /** Each Debezium source of the pipeline, if the origin holds rows (asked only when there is such a source). */
    static void awaitAll(
            ConnectClient client,
            String pipeline,
            List<ConnectorSpec> specs,
            BooleanSupplier originHasRows,
            Duration timeout) {
        List<ConnectorSpec> sources =
                specs.stream().filter(SourcePositions::applies).toList();
        if (!sources.isEmpty() && originHasRows.getAsBoolean()) {
            sources.forEach(spec -> await(client, pipeline, spec, timeout, true));
        }
    }

    /**
     * Each Debezium source of the pipeline, for at most {@code patience}, when whether its origin holds rows is not
     * known: one with rows commits within seconds of its start, an empty one commits nothing until its first change
     * and is then left to run. A task that fails meanwhile still fails the start.
     */
    static void awaitAllWithin(ConnectClient client, String pipeline, List<ConnectorSpec> specs, Duration patience) {
        specs.stream().filter(SourcePositions::applies).forEach(spec -> await(client, pipeline, spec, patience, false));
    }

    private static void await(
            ConnectClient client, String pipeline, ConnectorSpec spec, Duration timeout, boolean timeoutFails) {
        JsonNode[] last = new JsonNode[1];
        ConnectorStatus[] failed = new ConnectorStatus[1];
        try {
            Awaitility.await(spec.name() + " position recorded")
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL)
                    // A task that failed before its first commit (a converter that cannot reach its registry) will
                    // never commit: its own error is the answer, not a timeout.
                    .failFast(
                            "a task failed",
                            () -> (failed[0] = client.status(spec.name())
                                            .filter(ConnectorStatus::hasFailed)
                                            .orElse(null))
                                    != null)
                    .until(() -> recorded(last[0] = client.offsets(spec.name())));
        } catch (TerminalFailureException e) {
            throw new PipelineException(
                    pipeline,
                    "failed: its source connector " + spec.name() + " is " + failed[0].summary(),
                    failed[0].failureTrace().orElse(null),
                    null);
        } catch (ConditionTimeoutException e) {
            if (!timeoutFails) {
                return;
            }
            throw new PipelineException(
                    pipeline,
                    "did not commit a position of its source within " + timeout.toSeconds()
                            + " s: its source connector " + spec.name() + " runs, but its committed offsets were last "
                            + (last[0] == null ? "not readable" : last[0].toString())
                            + " (a Debezium source commits its position with the first records of its snapshot)",
                    null,
                    e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
