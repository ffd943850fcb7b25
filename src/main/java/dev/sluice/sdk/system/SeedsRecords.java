package dev.sluice.sdk.system;

import dev.sluice.verify.SeedTable;

/** A session a scenario can seed: a table created with rows, or a topic given records. */
public interface SeedsRecords extends SystemSession {

    /** Creates the endpoint with these rows (replacing one of that name), or writes them as records. */
    void seed(Endpoint endpoint, SeedTable rows);
}
