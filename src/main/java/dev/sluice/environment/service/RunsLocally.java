package dev.sluice.environment.service;

/** A service the local environment can start as a child process, from artifacts it resolves itself. */
public interface RunsLocally extends RunsAsServer {

    /**
     * Resolves (and builds, once per machine, into {@link LocalRun#cache()}) what the service runs
     * from, and says how to start it on {@link LocalRun#port()}. Called before each start.
     */
    LocalLaunch prepareLocal(LocalRun run);

    /** When a started process is ready to be used. */
    Readiness localReadiness();
}
