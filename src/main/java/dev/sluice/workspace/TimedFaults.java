package dev.sluice.workspace;

import dev.sluice.environment.Capabilities;
import dev.sluice.environment.EngineWorkers;
import dev.sluice.environment.Environment;
import dev.sluice.environment.NetworkFaults;
import dev.sluice.environment.ServiceFaults;
import dev.sluice.sdk.pipeline.Pipeline;
import dev.sluice.verify.Destination;
import dev.sluice.verify.Eventually;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Faults timed against the data: a service dies while a workspace's pipelines are moving rows. */
public final class TimedFaults {
    /** The first records of a pipeline just started should arrive within this; a snapshot starts at once. */
    private static final Duration FIRST_RECORDS_PATIENCE = Duration.ofSeconds(60);
    /** Fine enough to catch a few-second transfer after its first records and before its last. */
    private static final Duration POLL = Duration.ofMillis(50);

    private TimedFaults() {}

    /**
     * Waits until the first records of the workspace's started pipelines have arrived, checks that
     * some are still on their way (else the kill would test nothing and this fails, saying so), then
     * kills the engine the hard way and starts it again. Returns what had arrived at the kill.
     */
    public static String killEngineWhileRowsFlow(Workspace workspace) {
        return killWhileRowsFlow(workspace, "killed the engine", () -> workers(workspace, "kill and restart its engine")
                .killAndRestartEngine());
    }

    /**
     * As {@link #killEngineWhileRowsFlow}, killing the Kafka broker of the {@code run}'s environment (the engine must
     * ride it out) once at least {@code arrived} new records are at the destinations (0: as soon as the first are).
     */
    public static String killBrokerWhileRowsFlow(Workspace workspace, Environment run, int arrived) {
        return killWhileRowsFlow(workspace, "killed the Kafka broker", arrived, () -> Capabilities.require(
                        run, ServiceFaults.class, "kill the Kafka broker")
                .killAndRestartBroker());
    }

    /** What an environment without {@link NetworkFaults} cannot do, and which can. */
    public static final String CUT_A_NETWORK = "cut a network: its services share the loopback interface. The docker "
            + "environment can (each service is a container).";

    /**
     * As {@link #killEngineWhileRowsFlow}, cutting the network between the engine and a service of the {@code run}'s
     * environment (by its id; {@code title} for the report) for a while.
     */
    public static String cutNetworkWhileRowsFlow(
            Workspace workspace, Environment run, String serviceId, String title, Duration cut) {
        return killWhileRowsFlow(
                workspace,
                "cut the network between the engine and " + title + " for " + cut.toSeconds() + " s",
                () -> Capabilities.require(run, NetworkFaults.class, CUT_A_NETWORK)
                        .cutNetworkTo(serviceId, cut));
    }

    /**
     * As {@link #killEngineWhileRowsFlow}, killing only the worker that runs the pipeline's first
     * connector's task (not restarted): the engine's group must move the task to another worker.
     */
    public static String killWorkerWhileRowsFlow(Workspace workspace, String pipeline) {
        String[] killed = {null};
        String what =
                killWhileRowsFlow(workspace, "killed the worker running the pipeline \"" + pipeline + "\"", () -> {
                    killed[0] = workerOf(workspace, pipeline);
                    workers(workspace, "kill one of its engine's workers").killEngineWorker(killed[0]);
                });
        return what + "; killed worker " + killed[0] + ", left "
                + workers(workspace, "list its engine's workers").engineWorkers();
    }

    private static EngineWorkers workers(Workspace workspace, String what) {
        return Capabilities.require(workspace.environment(), EngineWorkers.class, what);
    }

    private static String workerOf(Workspace workspace, String pipeline) {
        return workspace.engine().statuses(pipeline).values().stream()
                .flatMap(Optional::stream)
                .flatMap(s -> s.tasks().stream())
                .map(t -> t.workerId())
                .filter(id -> id != null)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No task of the pipeline \"" + pipeline
                        + "\" is assigned to a worker, so there is no worker to kill: "
                        + workspace.engine().statuses(pipeline)));
    }

    private static String killWhileRowsFlow(Workspace workspace, String fault, Runnable killAndRestart) {
        return killWhileRowsFlow(workspace, fault, 0, killAndRestart);
    }

    private static String killWhileRowsFlow(Workspace workspace, String fault, int atLeast, Runnable killAndRestart) {
        List<Pipeline> started = workspace.engine().pipelineNames().stream()
                .map(workspace::pipeline)
                .toList();
        if (started.isEmpty()) {
            throw new IllegalStateException("No pipeline of this scenario has been started, so no rows are flowing: "
                    + "start one first (When the pipeline \"...\" is started)");
        }
        started.stream().filter(p -> !p.knowsItsEnds()).findFirst().ifPresent(p -> {
            throw new IllegalStateException("The " + p.describe() + " does not say where its rows come from and go "
                    + "to, so there is nothing to watch them flow in. Name its ends: Given a pipeline \"" + p.name()
                    + "\" from the ... to the ... defined by the connector configurations in \"...\"");
        });
        List<Destination> destinations = started.stream()
                .map(p -> workspace.destination(p.destination()))
                .toList();
        // Records already there (a snapshot before a burst of changes) do not count: the kill waits for new ones.
        // Polled by an upper bound (a topic's offsets), as reading every record would outlast a quick transfer;
        // "still in flight" below is then never claimed wrongly.
        long before =
                destinations.stream().mapToLong(Destination::recordsAtMost).sum();
        int origins = started.stream()
                .mapToInt(p -> workspace.destination(p.origin()).count())
                .sum();
        Eventually.check(
                (atLeast > 0 ? atLeast + " " : "") + "records arriving in " + describe(destinations) + " (beyond the "
                        + before + " there before)",
                FIRST_RECORDS_PATIENCE,
                () -> {
                    long arrived = destinations.stream()
                            .mapToLong(Destination::recordsAtMost)
                            .sum();
                    return Eventually.Observation.of(
                            arrived > before + Math.max(0, atLeast - 1) || arrived >= origins, arrived + " records");
                },
                workspace::anyPipelineFailure,
                POLL);
        List<String> inFlight = new ArrayList<>();
        List<String> done = new ArrayList<>();
        for (Pipeline p : started) {
            long arrived = workspace.destination(p.destination()).recordsAtMost();
            int total = workspace.destination(p.origin()).count();
            String seen = "at most " + arrived + " of the " + total + " rows of the "
                    + p.origin().describe() + " in the " + p.destination().describe();
            (arrived < total ? inFlight : done).add(seen);
        }
        if (inFlight.isEmpty()) {
            throw new AssertionError("The kill would come too late to test anything: " + String.join("; ", done)
                    + " had all arrived. Give the origin more rows (e.g. 20000 generated rows).");
        }
        killAndRestart.run();
        return fault + " with " + String.join("; ", inFlight) + " (the rest in flight)";
    }

    private static String describe(List<Destination> destinations) {
        return String.join(
                ", ", destinations.stream().map(Destination::describe).toList());
    }
}
