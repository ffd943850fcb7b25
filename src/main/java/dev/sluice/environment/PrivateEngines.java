package dev.sluice.environment;

/**
 * An environment that can give one scenario a pipeline engine of its own: its own Connect group and storage topics,
 * its own workers, on the run's broker and services. A scenario that kills, scales, renews or upgrades its engine
 * then runs beside the others instead of alone, and whatever it leaves wrong with its engine goes with it.
 */
public interface PrivateEngines extends Environment {

    /**
     * Starts an engine of its own (one worker) and returns once it answers: an environment that shares everything
     * with this one but the engine. Closing it stops its workers; closing this environment stops them too.
     */
    Environment withOwnEngine();
}
