package dev.sluice.kafka;

import dev.sluice.verify.Destination;
import dev.sluice.verify.Values;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A destination topic, read with a consumer from the beginning. Its rows are the records' fields
 * (unwrapped from any Debezium envelope); tombstones are not rows. A topic is a log: an updated
 * row appears once per change.
 */
public record KafkaDestination(KafkaTopics topics, String logicalName, String topic, boolean committedOnly)
        implements Destination {

    /** A topic is a log: a record delivered twice is there twice. */
    @Override
    public boolean keepsEveryRecord() {
        return true;
    }

    /** Records of one key stay in one partition, in the order they were written. */
    @Override
    public boolean ordered() {
        return true;
    }

    /** The latest record per key in the order the topic holds them; a tombstone (a delete) removes its key. */
    @Override
    public List<Map<String, Object>> current(List<String> keyColumns) {
        Map<List<String>, Map<String, Object>> latest = new LinkedHashMap<>();
        for (KafkaTopics.KafkaRecord r : topics.readAll(topic, committedOnly)) {
            Map<String, Object> keyed = r.isTombstone() ? RecordDecoding.keyFields(r.key(), keyColumns) : r.fields();
            List<String> key =
                    keyColumns.stream().map(c -> Values.canonical(keyed.get(c))).toList();
            if (r.isTombstone()) {
                latest.remove(key);
            } else {
                latest.put(key, r.fields());
            }
        }
        return List.copyOf(latest.values());
    }

    @Override
    public String describe() {
        return "Kafka topic \"" + logicalName + "\"" + (committedOnly ? " (committed records only)" : "");
    }

    /** From the offsets alone: no record is read, so it can be polled while a transfer runs. */
    @Override
    public long recordsAtMost() {
        return topics.offsetSpan(topic, committedOnly);
    }

    @Override
    public boolean boundsCheaply() {
        return true;
    }

    @Override
    public Snapshot read() {
        return snapshot(topics.readAll(topic, committedOnly));
    }

    /** Each look reads only the records written since the last one ({@link TopicFollower}). */
    @Override
    public Looks looks() {
        TopicFollower follower = new TopicFollower(topics, topic, committedOnly, KafkaTopics.READ_LIMIT);
        return new Looks() {
            @Override
            public Snapshot read() {
                return snapshot(follower.readToEnd());
            }

            @Override
            public int count() {
                return (int) follower.readToEnd().stream()
                        .filter(r -> !r.isTombstone())
                        .count();
            }

            @Override
            public void close() {
                follower.close();
            }
        };
    }

    private static Snapshot snapshot(List<KafkaTopics.KafkaRecord> all) {
        List<KafkaTopics.KafkaRecord> records =
                all.stream().filter(r -> !r.isTombstone()).toList();
        List<Map<String, Object>> rows =
                records.stream().map(KafkaTopics.KafkaRecord::fields).toList();
        Set<String> fields = new LinkedHashSet<>();
        rows.forEach(r -> fields.addAll(r.keySet()));
        List<String> texts =
                records.stream().map(r -> r.key() + " " + r.value()).toList();
        return new Snapshot(rows, rows.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(fields)), texts);
    }
}
