package dev.sluice.sdk.system;

import dev.sluice.verify.RowKey;
import java.util.List;
import java.util.Map;

/**
 * A session that can say where each record of a key is, not only what it holds: a topic's partition,
 * offset and time, a lake's data file and row. What the trace of a row that went wrong shows; a
 * system without it is traced by its rows alone.
 */
public interface LocatesRows {

    /** Every record of the endpoint that holds the key, in the order the place keeps them; empty when none. */
    List<Located> locate(Endpoint endpoint, RowKey key);

    /** A record found: where it is, and its fields as read; null fields for a delete (a record without a value). */
    record Located(String where, Map<String, Object> fields) {}
}
