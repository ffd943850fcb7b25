package dev.sluice.sdk.system;

/** A session of a system that holds keyed rows in a database table: it also makes generated rows in bulk. */
public interface KeyedRows extends ChangesRows {

    /** Creates the endpoint with {@code count} generated rows (see the phrasebook for their columns). */
    void seedGenerated(Endpoint endpoint, int count);

    /** Inserts {@code count} more generated rows, with the ids after the highest, in one transaction. */
    void insertGenerated(Endpoint endpoint, int count);
}
