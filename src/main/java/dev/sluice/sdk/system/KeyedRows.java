package dev.sluice.sdk.system;

import dev.sluice.verify.TableData;

/** A session of a system that holds keyed rows (a database table): a scenario inserts, updates and deletes them. */
public interface KeyedRows extends SeedsRecords {

    /** Creates the endpoint with {@code count} generated rows (see the phrasebook for their columns). */
    void seedGenerated(Endpoint endpoint, int count);

    /** Inserts {@code count} more generated rows, with the ids after the highest, in one transaction. */
    void insertGenerated(Endpoint endpoint, int count);

    void insert(Endpoint endpoint, TableData rows);

    /** Updates rows matched by their {@code id}. */
    void update(Endpoint endpoint, TableData rows);

    /** Deletes the rows with these key values (the table's header is the key's columns). */
    void delete(Endpoint endpoint, TableData keys);

    void deleteById(Endpoint endpoint, long id);
}
