package dev.sluice.environment.shared;

import dev.sluice.environment.EngineWorkers;
import dev.sluice.environment.RenewableEngine;
import java.util.List;

/**
 * An environment whose engine is a {@link WorkerCluster} (local child JVMs, docker containers):
 * listing, adding and killing workers and renewing the engine are the cluster's, the same everywhere.
 */
public interface ClusteredEngine extends EngineWorkers, RenewableEngine {

    /** The engine's workers; {@code null} before the environment started. */
    WorkerCluster<?> workerCluster();

    @Override
    default List<String> engineWorkers() {
        WorkerCluster<?> cluster = workerCluster();
        return cluster == null ? List.of() : cluster.workerIds();
    }

    @Override
    default void scaleEngineTo(int count) {
        workerCluster().scaleTo(count);
    }

    @Override
    default void killEngineWorker(String workerId) {
        workerCluster().kill(workerId);
    }

    @Override
    default String renewEngine() {
        return workerCluster().replaceWithNewGroup();
    }

    @Override
    default String engineGroup() {
        return workerCluster().group();
    }
}
