package dev.sluice.environment.local;

import dev.sluice.environment.Environment;
import dev.sluice.environment.Settings;
import dev.sluice.environment.shared.MavenArtifacts;
import dev.sluice.environment.shared.OwnEngine;
import dev.sluice.environment.shared.WorkerCluster;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** A scenario's own engine in the local environment: child JVMs of its own group, on the run's broker. */
final class LocalOwnEngine extends OwnEngine {
    private final EngineCluster engine;
    private final Path workDir;

    LocalOwnEngine(Environment run, Settings settings, EngineCluster engine, Path workDir) {
        super(run, settings);
        this.engine = engine;
        this.workDir = workDir;
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
    public void killAndRestartEngine() {
        engine.entry().killAndRestart();
    }

    @Override
    public List<String> engineLogTail(int lines) {
        return engine.logTail(lines);
    }

    @Override
    public void replaceEngine(Settings versions, MavenArtifacts artifacts) {
        EngineBuild next = EngineBuild.of(versions, workDir, artifacts);
        engine.replaceAll(next.core(), next.pluginPath());
    }
}
