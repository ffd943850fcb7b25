package dev.sluice.sdk.system;

import dev.sluice.verify.RowKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session that can say where each record of a key is, not only what it holds: a topic's partition,
 * offset and time, a lake's data file and row. What the trace of a row that went wrong shows; a
 * system without it is traced by its rows alone.
 */
public interface LocatesRows {

    /**
     * For each key, every record of the endpoint that holds it, in the order the place keeps them
     * (empty when none); the place is read once for all the keys.
     */
    Map<RowKey, List<Located>> locate(Endpoint endpoint, List<RowKey> keys);

    /** A record found: where it is, and its fields as read; null fields for a delete (a record without a value). */
    record Located(String where, Map<String, Object> fields) {}

    /** The records, in their order, under each key whose columns they hold. */
    static Map<RowKey, List<Located>> byKey(List<RowKey> keys, List<Located> records) {
        Map<RowKey, List<Located>> found = new LinkedHashMap<>();
        keys.forEach(key -> found.put(key, new ArrayList<>()));
        for (Located record : records) {
            keys.stream().filter(key -> key.matches(record.fields())).forEach(key -> found.get(key)
                    .add(record));
        }
        return found;
    }
}
