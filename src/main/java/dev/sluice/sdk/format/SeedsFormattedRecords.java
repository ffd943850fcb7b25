package dev.sluice.sdk.format;

import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.SeedsRecords;
import dev.sluice.verify.SeedTable;

/** A session whose endpoints take records in a chosen format (a topic given Avro records). */
public interface SeedsFormattedRecords extends SeedsRecords {

    /** Writes one record per row in the format (its schema registered where the format needs one). */
    void seed(Endpoint endpoint, SeedTable rows, RecordFormat format);
}
