package dev.sluice.kafka;

import dev.sluice.sdk.system.LocatesRows;
import dev.sluice.verify.RowKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The records of some keys in a topic, each with its partition, offset and time: a stop of the keys' traces. */
final class TopicTrail {
    private TopicTrail() {}

    /**
     * For each key, every record whose value holds it, or whose record key does (a delete has no
     * value), in the order of each partition; the topic read once, to its current end.
     */
    static Map<RowKey, List<LocatesRows.Located>> locate(KafkaTopics topics, String topic, List<RowKey> keys) {
        Map<RowKey, List<LocatesRows.Located>> found = new LinkedHashMap<>();
        keys.forEach(key -> found.put(key, new ArrayList<>()));
        topics.readDecoded(topic, false, (raw, record) -> {
            Map<List<String>, Map<String, Object>> byKeyColumns = new LinkedHashMap<>();
            for (RowKey key : keys) {
                Map<String, Object> byKey = byKeyColumns.computeIfAbsent(
                        List.copyOf(key.values().keySet()), columns -> RecordDecoding.keyFields(record.key(), columns));
                if (key.matches(record.fields()) || key.matches(byKey)) {
                    found.get(key)
                            .add(new LocatesRows.Located(
                                    "partition " + raw.partition() + ", offset " + raw.offset() + ", "
                                            + Instant.ofEpochMilli(raw.timestamp()),
                                    record.fields()));
                }
            }
        });
        return found;
    }
}
