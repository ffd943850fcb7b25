package dev.sluice.sdk.format;

import dev.sluice.verify.SeedTable;
import java.util.List;

/** Writes a scenario's rows as a format's record keys and values (a topic's {@code has records in Avro:}). */
public interface RecordEncoder {

    /** A row's value, without the columns in {@code skip} (the key, headers), its schema following the header's types. */
    byte[] value(String topic, SeedTable table, List<String> row, List<String> skip);

    /** A plain key (the column {@code key}) as a record key of this format. */
    byte[] key(String topic, String key);
}
