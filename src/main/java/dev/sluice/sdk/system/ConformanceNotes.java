package dev.sluice.sdk.system;

import java.util.Optional;

/**
 * What a system says in the conformance matrix's scenarios about how it holds rows, where that differs
 * from a table's (rows upserted and deleted by key): how a topic's rows change, why a lake appends.
 */
public interface ConformanceNotes {

    /** How the matrix's changes (inserts, updates, deletes, writes while the pipeline is stopped) are made here. */
    Optional<String> asOrigin();

    /** How the copy's current rows are read here. */
    Optional<String> asDestination();
}
