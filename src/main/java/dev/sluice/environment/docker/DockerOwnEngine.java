package dev.sluice.environment.docker;

import dev.sluice.environment.CoreVersion;
import dev.sluice.environment.Environment;
import dev.sluice.environment.Settings;
import dev.sluice.environment.shared.ConsistencyMode;
import dev.sluice.environment.shared.MavenArtifacts;
import dev.sluice.environment.shared.OwnEngine;
import dev.sluice.environment.shared.WorkerConfig;
import java.nio.file.Path;

/** A scenario's own engine in the docker environment: worker containers of its own group, on the run's network. */
final class DockerOwnEngine extends OwnEngine {
    private final EngineContainers engine;
    private final SluiceImages images;
    private final DockerFaults faults;

    DockerOwnEngine(
            Environment run, Settings settings, EngineContainers engine, SluiceImages images, DockerFaults faults) {
        super(run, settings, engine);
        this.engine = engine;
        this.images = images;
        this.faults = faults;
    }

    @Override
    public void killAndRestartEngine() {
        faults.killAndStart(engine.entry(), "the scenario's own engine", engine::answers);
    }

    /** Its workers do not share the tests' file system: the file is copied into them. */
    @Override
    public String engineSidePath(Path file) {
        return engine.copyToWorkers(file);
    }

    @Override
    public void replaceEngine(Settings versions, MavenArtifacts artifacts) {
        String image = images.buildingMissing(versions, artifacts).composedWorker(ConsistencyMode.of(versions));
        engine.replaceAll(image, WorkerConfig.readinessPath(CoreVersion.of(versions)));
    }
}
