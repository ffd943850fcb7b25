package dev.sluice.sdk.system;

import dev.sluice.verify.TableData;

/**
 * A session whose rows a scenario changes by key: a database table, or a topic whose records are keyed
 * (a row is the latest record of its key, a delete a tombstone).
 */
public interface ChangesRows extends SeedsRecords {

    void insert(Endpoint endpoint, TableData rows);

    /** Updates rows matched by their key ({@code id} unless marked otherwise), the other given columns set. */
    void update(Endpoint endpoint, TableData rows);

    /** Deletes the rows with these key values (the table's header is the key's columns). */
    void delete(Endpoint endpoint, TableData keys);

    void deleteById(Endpoint endpoint, long id);
}
