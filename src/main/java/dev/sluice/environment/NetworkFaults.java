package dev.sluice.environment;

import java.time.Duration;

/** An environment whose services are on a network of their own (containers), so that one can be cut off it. */
public interface NetworkFaults extends Environment {

    /**
     * Cuts a service plug-in the run has started (by its id) off the network the engine reaches it
     * through, for {@code cut}; returns once it answers again. Fails, saying so, when it was never started.
     */
    void cutNetworkTo(String serviceId, Duration cut);
}
