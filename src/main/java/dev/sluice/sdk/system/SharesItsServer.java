package dev.sluice.sdk.system;

/**
 * A session whose database is one of several on its server: to prove that a pipeline writes into its own database
 * and is not misled by a table of the same name in another team's.
 */
public interface SharesItsServer extends SystemSession {

    /**
     * Creates a table of the endpoint's name, with other columns and one row, in another database of the same server;
     * it goes with the session.
     */
    void createInNeighbourDatabase(Endpoint endpoint);
}
