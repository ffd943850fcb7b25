package dev.sluice.sdk.system;

/** A session whose endpoints take a record as exact bytes (a topic): to see how checks read what no format wrote. */
public interface SeedsRawRecords extends SystemSession {

    /** Writes one record with this value and no key. */
    void seedBytes(Endpoint endpoint, byte[] value);
}
