package dev.sluice.environment.local;

import dev.sluice.environment.Environment;
import dev.sluice.environment.Settings;
import dev.sluice.environment.shared.MavenArtifacts;
import dev.sluice.environment.shared.OwnEngine;
import java.nio.file.Path;

/** A scenario's own engine in the local environment: child JVMs of its own group, on the run's broker. */
final class LocalOwnEngine extends OwnEngine {
    private final EngineCluster engine;
    private final Path workDir;

    LocalOwnEngine(Environment run, Settings settings, EngineCluster engine, Path workDir) {
        super(run, settings, engine);
        this.engine = engine;
        this.workDir = workDir;
    }

    @Override
    public void killAndRestartEngine() {
        engine.entry().killAndRestart();
    }

    @Override
    public void replaceEngine(Settings versions, MavenArtifacts artifacts) {
        EngineBuild next = EngineBuild.of(versions, workDir, artifacts);
        engine.replaceAll(next.core(), next.pluginPath());
    }
}
