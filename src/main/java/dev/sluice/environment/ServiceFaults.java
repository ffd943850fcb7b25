package dev.sluice.environment;

/** An environment that owns the broker and the services: it can kill or restart them on their data. */
public interface ServiceFaults extends Environment {

    /** Kills the Kafka broker the hard way and starts it again on the same data; returns once it answers. */
    void killAndRestartBroker();

    /**
     * Stops a service plug-in the run has started (by its id) cleanly and starts it again on the
     * same data and address; returns once it is ready. Fails, saying so, when it was never started.
     */
    void restartService(String id);
}
