package dev.sluice.kafka;

import dev.sluice.sdk.system.LocatesRows;
import dev.sluice.verify.RowKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The records of one key in a topic, each with its partition, offset and time: a stop of a row's trace. */
final class TopicTrail {
    private TopicTrail() {}

    /**
     * Every record whose value holds the key, or whose record key does (a delete has no value), in
     * the order of each partition; read to the topic's current end.
     */
    static List<LocatesRows.Located> locate(KafkaTopics topics, String topic, RowKey key) {
        List<String> keyColumns = List.copyOf(key.values().keySet());
        List<LocatesRows.Located> found = new ArrayList<>();
        topics.readDecoded(topic, false, (raw, record) -> {
            Map<String, Object> byKey = RecordDecoding.keyFields(record.key(), keyColumns);
            if (key.matches(record.fields()) || key.matches(byKey)) {
                found.add(new LocatesRows.Located(
                        "partition " + raw.partition() + ", offset " + raw.offset() + ", "
                                + Instant.ofEpochMilli(raw.timestamp()),
                        record.fields()));
            }
        });
        return found;
    }
}
