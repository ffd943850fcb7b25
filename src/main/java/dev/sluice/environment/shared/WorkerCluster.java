package dev.sluice.environment.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The pipeline engine as a group of Kafka Connect workers, whatever runs them (child JVMs, containers):
 * one or more workers in one group (same group id, so the same storage topics), each under its own
 * name ({@code connect}, {@code connect-2}, …). The first running worker answers the REST API; a killed
 * worker's tasks go to the others. Scaling, replacing and killing are the same in every environment;
 * what a worker is, is the {@link Workers} an environment gives.
 */
public final class WorkerCluster<W> {

    /** How an environment makes, starts, stops and names one worker. */
    public interface Workers<W> {
        /** A worker named {@code name} in {@code group}, not started yet. */
        W create(String name, String group);

        /** Starts it and returns once it answers. */
        void start(W worker);

        /** Stops it cleanly: its tasks stop and commit their offsets. */
        void stop(W worker);

        /** Ends it at once (SIGKILL): a sick worker may not stop. */
        void kill(W worker);

        /** Ends a start still waiting for readiness, if it can; a no-op where a start cannot be aborted. */
        void abortStart(W worker);

        boolean isRunning(W worker);

        /** Its Connect worker id, as the engine reports it in a task's status. */
        String workerId(W worker);
    }

    private final Workers<W> kind;
    /** Starts every worker's name: empty for the run's engine, {@code engine-2-} for an engine of a scenario's own. */
    private final String namePrefix;

    private final String firstGroup;
    /** The group id, which names the storage topics too; a new one after {@link #replaceWithNewGroup()}. */
    private String group;

    private int generation;
    // Copy-on-write: abortStarting() reads it while scaleTo() holds the lock.
    private final List<W> workers = new CopyOnWriteArrayList<>();

    public WorkerCluster(String group, Workers<W> kind) {
        this(group, "", kind);
    }

    public WorkerCluster(String group, String namePrefix, Workers<W> kind) {
        this.kind = kind;
        this.namePrefix = namePrefix;
        this.firstGroup = group;
        this.group = group;
    }

    /** Starts workers (in parallel) until {@code count} run. */
    public synchronized void scaleTo(int count) {
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        for (int running = running().size(); running < count; running++) {
            W worker = kind.create(
                    namePrefix + (workers.isEmpty() ? "connect" : "connect-" + (workers.size() + 1)), group);
            workers.add(worker);
            starting.add(CompletableFuture.runAsync(() -> kind.start(worker)));
        }
        starting.forEach(CompletableFuture::join);
    }

    /**
     * Upgrades (or downgrades) the engine: every worker stops cleanly, committing its offsets, then
     * {@code switchVersions} changes what new workers run, and as many start in the same group with
     * the same storage topics, where the pipelines resume by themselves. Returns once each answers.
     */
    public synchronized void replaceAll(Runnable switchVersions) {
        int count = Math.max(1, running().size());
        workers.forEach(kind::stop);
        workers.clear();
        switchVersions.run();
        scaleTo(count);
    }

    /**
     * Replaces a sick engine: every worker is killed (a sick one may not stop), then as many start in a new group
     * with new storage topics, so that nothing the old group stored (its offsets, an open transaction in them)
     * reaches the new one. Connectors of the old group are gone with it. Returns the new group id once each answers.
     */
    public synchronized String replaceWithNewGroup() {
        int count = Math.max(1, running().size());
        workers.forEach(kind::kill);
        workers.clear();
        group = firstGroup + "-" + (++generation);
        scaleTo(count);
        return group;
    }

    public synchronized String group() {
        return group;
    }

    /** Stops every worker cleanly; none runs afterwards. */
    public synchronized void stopAll() {
        workers.forEach(kind::stop);
        workers.clear();
    }

    /** Ends the starts of workers still waiting for readiness. */
    public void abortStarting() {
        workers.forEach(kind::abortStart);
    }

    /** The worker whose REST API the tests use: the first one that runs. */
    public synchronized W entry() {
        return running().stream().findFirst().orElseGet(() -> workers.isEmpty() ? null : workers.get(0));
    }

    public synchronized List<W> running() {
        return workers.stream().filter(kind::isRunning).toList();
    }

    public synchronized List<W> all() {
        return List.copyOf(workers);
    }

    public synchronized List<String> workerIds() {
        return running().stream().map(kind::workerId).toList();
    }

    /** Kills the worker with this id; it is not started again. Refused when it is the only one. */
    public synchronized void kill(String workerId) {
        W worker = running().stream()
                .filter(w -> kind.workerId(w).equals(workerId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No running worker " + workerId + " in the engine; running: " + workerIds()));
        if (running().size() < 2) {
            throw new IllegalStateException("Killing the only worker " + workerId + " would leave no engine to take "
                    + "over its tasks: scale the engine to two workers or more first");
        }
        kind.kill(worker);
    }
}
