package dev.sluice.sdk.system;

import java.util.Set;

/**
 * What a sink knows about the records it will receive: whether they come from a change-data-capture
 * source of this pipeline (keyed by the origin's primary key, deletes as tombstones) or from other
 * producers, the origin's schema, and the fields records have after the pipeline's processors.
 */
public record SinkInput(boolean keyedByOrigin, OriginSchema origin, Set<String> fieldsAfterProcessors) {

    /**
     * Whether records carry their row's key as a key of fields that survive the processors: written by a
     * change-data-capture source (here or upstream) or seeded so. Sinks then upsert and delete by it.
     */
    public boolean keyedRecords() {
        return !origin.primaryKey().isEmpty() && fieldsAfterProcessors.containsAll(origin.primaryKey());
    }
}
