package dev.sluice.environment;

import java.util.List;

/** An environment that owns its engine's workers: it can kill them, restart the engine and add workers. */
public interface EngineWorkers extends Environment {

    /** Kills the pipeline engine the hard way (no shutdown) and starts it again; returns once it is ready. */
    void killAndRestartEngine();

    /** The engine's workers by Connect's worker id ({@code host:port}); {@link #connectUrl()} is one that runs. */
    List<String> engineWorkers();

    /** Starts workers in the engine's group until it has {@code count}; returns once each answers. */
    void scaleEngineTo(int count);

    /** Kills one worker the hard way and does not start it again: the group must give its tasks to the others. */
    void killEngineWorker(String workerId);
}
