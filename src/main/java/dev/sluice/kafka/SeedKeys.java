package dev.sluice.kafka;

import dev.sluice.sdk.format.RecordEncoder;
import dev.sluice.verify.SeedTable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * How a seeded row becomes a record's key: a column named {@code key} is a plain key in the records'
 * format; columns marked {@code :key} make a Connect JSON struct of theirs, as a change-data-capture
 * source keys its records (sinks then upsert and delete by it); else a record has no key.
 */
final class SeedKeys {
    private SeedKeys() {}

    static Function<List<String>, byte[]> of(String topic, SeedTable table, RecordEncoder encoder) {
        int plain = table.names().indexOf("key");
        List<String> marked = marked(table);
        if (plain >= 0 && !marked.isEmpty()) {
            throw new IllegalArgumentException("The records of the Kafka topic " + topic + " are keyed twice: by the "
                    + "column \"key\" and by the columns marked :key " + marked + ". Keep one: \"key\" for a plain "
                    + "text key, :key marks for a key of fields (as a change-data-capture source writes)");
        }
        if (!marked.isEmpty()) {
            if (encoder != ConnectJson.ENCODER) {
                throw new IllegalArgumentException("Columns marked :key " + marked + " make a key of fields, which "
                        + "Sluice writes in JSON with schema only: seed the Kafka topic " + topic
                        + " without a format, or key its records by a column named \"key\"");
            }
            List<String> notInKey =
                    table.names().stream().filter(n -> !marked.contains(n)).toList();
            return row -> ConnectJson.record(table, row, notInKey).getBytes(StandardCharsets.UTF_8);
        }
        return row -> plain < 0 || row.get(plain) == null ? null : encoder.key(topic, row.get(plain));
    }

    /** The columns marked {@code :key} (not a column named {@code id}, which keys nothing unless marked). */
    static List<String> marked(SeedTable table) {
        return table.columns().stream()
                .filter(SeedTable.Column::key)
                .map(SeedTable.Column::name)
                .toList();
    }
}
