package dev.sluice.kafka;

import dev.sluice.sdk.format.RecordEncoder;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.TableData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows a scenario wrote into one topic, by key: a topic's row is the latest record of its key, so an
 * update writes the key's whole record again with the given fields changed, and a delete is a tombstone.
 * What the scenario wrote is known here, as a table's writer knows its rows; records from elsewhere are not.
 */
final class TopicRows {
    private final KafkaTopics topics;
    private final String topic;
    private final String described;
    private SeedTable written;
    private RecordEncoder encoder;
    private final Map<List<String>, List<String>> byKey = new LinkedHashMap<>();

    TopicRows(KafkaTopics topics, String topic, String described) {
        this.topics = topics;
        this.topic = topic;
        this.described = described;
    }

    /** Writes the seeded rows; their header (names, types, key marks) is what later changes follow. */
    void seed(SeedTable table, RecordEncoder encoder) {
        topics.produce(topic, table, encoder);
        this.written = table;
        this.encoder = encoder;
        remember(table.rows());
    }

    void insert(TableData rows) {
        SeedTable table = typed(rows.header(), rows.rows());
        topics.produce(topic, table, encoder);
        remember(table.rows());
    }

    /** A new record of each key: its last written fields, the given ones changed. */
    void update(TableData rows) {
        List<String> key = requireKey("update");
        requireColumns(rows.header(), key, "an update");
        List<List<String>> updated = new ArrayList<>();
        for (List<String> row : rows.rows()) {
            List<String> keyValues = keyValues(key, rows.header(), row);
            List<String> merged = new ArrayList<>(existing(keyValues, key));
            for (int i = 0; i < rows.header().size(); i++) {
                merged.set(written.names().indexOf(rows.header().get(i)), row.get(i));
            }
            updated.add(merged);
        }
        SeedTable table = new SeedTable(written.columns(), updated);
        topics.produce(topic, table, encoder);
        remember(updated);
    }

    /** A tombstone per key. */
    void delete(TableData keys) {
        List<String> key = requireKey("delete");
        requireColumns(keys.header(), key, "a delete");
        Function<List<String>, byte[]> keyOf = SeedKeys.of(topic, written, encoder);
        for (List<String> row : keys.rows()) {
            List<String> keyValues = keyValues(key, keys.header(), row);
            List<String> last = existing(keyValues, key);
            topics.produceTombstone(topic, keyOf.apply(last));
            byKey.remove(keyValues);
        }
    }

    private void remember(List<List<String>> rows) {
        List<String> key = SeedKeys.marked(written);
        if (key.isEmpty()) {
            return;
        }
        for (List<String> row : rows) {
            byKey.put(keyValues(key, written.names(), row), row);
        }
    }

    /** The rows under the seeded header: a column it does not have is refused, one left out is NULL. */
    private SeedTable typed(List<String> header, List<List<String>> rows) {
        requireSeeded();
        requireColumns(header, List.of(), "an insert");
        List<List<String>> full = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String name : written.names()) {
                int at = header.indexOf(name);
                cells.add(at < 0 ? null : row.get(at));
            }
            full.add(cells);
        }
        return new SeedTable(written.columns(), full);
    }

    private List<String> requireKey(String change) {
        requireSeeded();
        List<String> key = SeedKeys.marked(written);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("The " + described + " was seeded without a key of fields, so a row "
                    + "cannot be told apart for a " + change + ": mark the key's columns in its header, e.g. "
                    + "| id:int:key | name |, and its records carry that key (a delete is a tombstone of it)");
        }
        return key;
    }

    private void requireSeeded() {
        if (written == null) {
            throw new IllegalArgumentException("The " + described + " takes inserts, updates and deletes of the rows "
                    + "this scenario wrote into it, and it wrote none: seed it first with 'Given the " + described
                    + " has rows:' (columns marked :key, for updates and deletes)");
        }
    }

    private void requireColumns(List<String> header, List<String> required, String change) {
        for (String name : header) {
            if (!written.names().contains(name)) {
                throw new IllegalArgumentException("The " + described + " has no column \"" + name + "\" for " + change
                        + ": its rows were seeded with " + written.names());
            }
        }
        for (String name : required) {
            if (!header.contains(name)) {
                throw new IllegalArgumentException("The rows of " + change + " of the " + described + " need its key "
                        + required + " in their header, but have " + header);
            }
        }
    }

    private List<String> existing(List<String> keyValues, List<String> key) {
        List<String> row = byKey.get(keyValues);
        if (row == null) {
            throw new IllegalArgumentException("The " + described + " has no row " + key + " = " + keyValues
                    + " that this scenario wrote (or it was deleted): rows it has are " + byKey.keySet());
        }
        return row;
    }

    /** The row's values of the key's columns, found by name in {@code header}: what {@link #byKey} is keyed by. */
    private static List<String> keyValues(List<String> key, List<String> header, List<String> row) {
        return key.stream().map(k -> text(row.get(header.indexOf(k)))).toList();
    }

    private static String text(String cell) {
        return cell == null ? null : cell.trim();
    }
}
