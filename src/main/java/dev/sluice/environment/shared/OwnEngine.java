package dev.sluice.environment.shared;

import dev.sluice.environment.Environment;
import dev.sluice.environment.Settings;
import dev.sluice.sdk.ConnectAccess;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A scenario's own pipeline engine (see {@link dev.sluice.environment.PrivateEngines}) as an environment: the
 * engine is its own {@link WorkerCluster}, everything else (broker, services, credentials) is the run's. It can be
 * killed, scaled, renewed and upgraded like the run's engine; it cannot take the run's services away (no broker
 * or service faults: those scenarios run alone). Closing it stops its workers.
 */
public abstract class OwnEngine implements ClusteredEngine, ReplaceableEngine {
    private final Environment run;
    private final RunningEngine engine;
    private final EngineVersions engineVersions;
    private boolean closed;

    protected OwnEngine(Environment run, Settings settings, RunningEngine engine) {
        this.run = run;
        this.engine = engine;
        this.engineVersions = new EngineVersions(settings);
    }

    @Override
    public String name() {
        return run.name();
    }

    @Override
    public WorkerCluster<?> workerCluster() {
        return engine.workers();
    }

    @Override
    public URI connectUrl() {
        return engine.url();
    }

    @Override
    public List<String> engineLogTail(int lines) {
        return engine.logTail(lines);
    }

    /** Started by the environment that made it. */
    @Override
    public void start() {}

    @Override
    public ConnectAccess connectAccess() {
        return run.connectAccess();
    }

    @Override
    public Map<String, String> kafkaClientSettings() {
        return run.kafkaClientSettings();
    }

    @Override
    public String kafkaBootstrapServers() {
        return run.kafkaBootstrapServers();
    }

    @Override
    public String kafkaBootstrapServersForEngine() {
        return run.kafkaBootstrapServersForEngine();
    }

    @Override
    public void addServices(Map<String, Object> forTests, Map<String, Object> forEngine) {
        run.addServices(forTests, forEngine);
    }

    @Override
    public String engineSidePath(Path file) {
        return run.engineSidePath(file);
    }

    @Override
    public boolean controlsServices() {
        return run.controlsServices();
    }

    @Override
    public EngineVersions engineVersions() {
        return engineVersions;
    }

    /** The engine goes with its scenario: there is nothing to put back. */
    @Override
    public void restoreEngine() {}

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            workerCluster().stopAll();
        }
    }
}
