package dev.sluice.environment.local;

import dev.sluice.environment.shared.RunningEngine;
import dev.sluice.environment.shared.WorkerCluster;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The pipeline engine as child JVMs: a {@link WorkerCluster} of {@link ConnectWorker}s, each with its
 * own REST port, on the core and plugin path the engine runs now. A killed worker's tasks go to the
 * others ({@code scheduled.rebalance.max.delay.ms=0}).
 */
final class EngineCluster implements WorkerCluster.Workers<ConnectWorker>, RunningEngine {
    private final RunDirectory run;
    private final Duration timeout;
    private volatile EngineCore core;
    private volatile List<Path> pluginPath;
    private final Path log4j;
    private final String bootstrapServers;
    private final LocalSecurity security;
    private final WorkerCluster<ConnectWorker> workers;

    EngineCluster(
            RunDirectory run,
            Duration timeout,
            EngineCore core,
            List<Path> pluginPath,
            Path log4j,
            String bootstrapServers,
            LocalSecurity security,
            String group,
            String namePrefix) {
        this.security = security;
        this.run = run;
        this.timeout = timeout;
        this.core = core;
        this.pluginPath = pluginPath;
        this.log4j = log4j;
        this.bootstrapServers = bootstrapServers;
        this.workers = new WorkerCluster<>(group, namePrefix, this);
    }

    /** Another engine on the same core, plugin path and broker, in its own group (an engine of a scenario's own). */
    EngineCluster sibling(String group, String namePrefix) {
        return new EngineCluster(run, timeout, core, pluginPath, log4j, bootstrapServers, security, group, namePrefix);
    }

    @Override
    public WorkerCluster<ConnectWorker> workers() {
        return workers;
    }

    /**
     * Upgrades (or downgrades) the engine: every worker stops cleanly, then as many start on
     * {@code next} in the same group, where the pipelines resume by themselves.
     */
    void replaceAll(EngineCore next, List<Path> nextPluginPath) {
        workers.replaceAll(() -> {
            core = next;
            pluginPath = List.copyOf(nextPluginPath);
        });
    }

    @Override
    public List<String> logTail(int lines) {
        ConnectWorker entry = entry();
        return entry == null ? List.of() : entry.logTail(lines);
    }

    /** The worker whose REST API the tests use: the first one that runs. */
    ConnectWorker entry() {
        return workers.entry();
    }

    @Override
    public URI url() {
        ConnectWorker entry = entry();
        return entry == null ? null : entry.url();
    }

    @Override
    public ConnectWorker create(String name, String group) {
        return new ConnectWorker(name, group, run, timeout, core, pluginPath, log4j, bootstrapServers, security);
    }

    @Override
    public void start(ConnectWorker worker) {
        worker.start();
    }

    @Override
    public void stop(ConnectWorker worker) {
        worker.stop();
    }

    @Override
    public void kill(ConnectWorker worker) {
        worker.kill();
    }

    @Override
    public void abortStart(ConnectWorker worker) {
        worker.abortStart();
    }

    @Override
    public boolean isRunning(ConnectWorker worker) {
        return worker.isRunning();
    }

    @Override
    public String workerId(ConnectWorker worker) {
        return worker.workerId();
    }
}
