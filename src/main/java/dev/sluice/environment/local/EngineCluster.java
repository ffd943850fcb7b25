package dev.sluice.environment.local;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The pipeline engine: one or more Kafka Connect workers in one group (same group id and storage
 * topics), each a child JVM with its own REST port. The first worker that runs answers the REST
 * API; a killed worker's tasks go to the others ({@code scheduled.rebalance.max.delay.ms=0}).
 */
final class EngineCluster {
    private final RunDirectory run;
    private final Duration timeout;
    private EngineCore core;
    private List<Path> pluginPath;
    private final Path log4j;
    private final String bootstrapServers;
    private final LocalSecurity security;
    /** The group id, which names the storage topics too; a new one after {@link #replaceWithNewGroup()}. */
    private String group;

    private int generation;
    // Copy-on-write: abortStarting() reads it while scaleTo() holds the lock.
    private final List<ConnectWorker> workers = new java.util.concurrent.CopyOnWriteArrayList<>();

    EngineCluster(
            RunDirectory run,
            Duration timeout,
            EngineCore core,
            List<Path> pluginPath,
            Path log4j,
            String bootstrapServers,
            LocalSecurity security) {
        this.security = security;
        this.run = run;
        this.timeout = timeout;
        this.core = core;
        this.pluginPath = pluginPath;
        this.log4j = log4j;
        this.bootstrapServers = bootstrapServers;
        this.group = "sluice-" + run.id();
    }

    /** Starts workers (in parallel) until {@code count} run. */
    synchronized void scaleTo(int count) {
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        for (int running = running().size(); running < count; running++) {
            ConnectWorker worker = new ConnectWorker(
                    workers.isEmpty() ? "connect" : "connect-" + (workers.size() + 1),
                    group,
                    run,
                    timeout,
                    core,
                    pluginPath,
                    log4j,
                    bootstrapServers,
                    security);
            workers.add(worker);
            starting.add(CompletableFuture.runAsync(worker::start));
        }
        starting.forEach(CompletableFuture::join);
    }

    /**
     * Upgrades (or downgrades) the engine: every worker stops cleanly, committing its offsets, then
     * as many start on {@code next} in the same group with the same storage topics, where the
     * pipelines resume by themselves. Returns once each new worker answers.
     */
    synchronized void replaceAll(EngineCore next, List<Path> nextPluginPath) {
        int count = Math.max(1, running().size());
        workers.forEach(LocalJvmService::stop);
        workers.clear();
        core = next;
        pluginPath = List.copyOf(nextPluginPath);
        scaleTo(count);
    }

    /**
     * Replaces a sick engine: every worker is killed (a sick one may not stop), then as many start in a new group
     * with new storage topics, so that nothing the old group stored (its offsets, an open transaction in them)
     * reaches the new one. Connectors of the old group are gone with it. Returns the new group id once each answers.
     */
    synchronized String replaceWithNewGroup() {
        int count = Math.max(1, running().size());
        workers.forEach(LocalJvmService::kill);
        workers.clear();
        group = "sluice-" + run.id() + "-" + (++generation);
        scaleTo(count);
        return group;
    }

    synchronized String group() {
        return group;
    }

    /** Ends the starts of workers still waiting for readiness (see {@link LocalJvmService#abortStart()}). */
    void abortStarting() {
        workers.forEach(LocalJvmService::abortStart);
    }

    /** The worker whose REST API the tests use: the first one that runs. */
    synchronized ConnectWorker entry() {
        return running().stream().findFirst().orElseGet(() -> workers.isEmpty() ? null : workers.get(0));
    }

    synchronized List<ConnectWorker> running() {
        return workers.stream().filter(LocalJvmService::isRunning).toList();
    }

    synchronized List<ConnectWorker> all() {
        return List.copyOf(workers);
    }

    synchronized List<String> workerIds() {
        return running().stream().map(ConnectWorker::workerId).toList();
    }

    /** SIGKILL to the worker with this id; it is not started again. */
    synchronized void kill(String workerId) {
        ConnectWorker worker = running().stream()
                .filter(w -> w.workerId().equals(workerId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No running worker " + workerId + " in the engine; running: " + workerIds()));
        if (running().size() < 2) {
            throw new IllegalStateException("Killing the only worker " + workerId + " would leave no engine to take "
                    + "over its tasks: scale the engine to two workers or more first");
        }
        worker.kill();
    }

    URI url() {
        ConnectWorker entry = entry();
        return entry == null ? null : entry.url();
    }
}
