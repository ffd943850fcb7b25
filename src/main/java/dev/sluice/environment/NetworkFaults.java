package dev.sluice.environment;

import java.time.Duration;

/** An environment whose services are on a network of their own (containers), so that one can be cut off it. */
public interface NetworkFaults extends Environment {

    /** Cuts PostgreSQL off the network the engine reaches it through, for {@code cut}; returns once it answers again. */
    void cutNetworkToPostgres(Duration cut);
}
