package dev.sluice.sdk.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;

/** What every Debezium source of a SQL system shares: rows as their new state, into the pipeline's one topic. */
public final class DebeziumSource {
    private DebeziumSource() {}

    /**
     * Change events flattened to the row's new state (deletes as tombstones), Connect's own logical
     * types for dates and times (every sink knows them), and every table's topic routed to {@code topic}.
     */
    public static Map<String, String> flattenedRowsInto(String topic) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("time.precision.mode", "connect");
        c.put("topic.creation.default.replication.factor", "1");
        c.put("topic.creation.default.partitions", "1");
        c.put("transforms", "unwrap,route");
        c.put("transforms.unwrap.type", "io.debezium.transforms.ExtractNewRecordState");
        c.put("transforms.unwrap.delete.tombstone.handling.mode", "tombstone");
        c.put("transforms.route.type", "org.apache.kafka.connect.transforms.RegexRouter");
        c.put("transforms.route.regex", ".*");
        c.put("transforms.route.replacement", topic);
        // A change waits in the connector's queue for at most this long before it is sent on (500 ms by
        // default): measured, one row end to end drops by about a third. The cost is an idle task waking
        // ten times a second instead of twice.
        c.put("poll.interval.ms", "100");
        // Larger batches, so a snapshot is sent in fewer transactions (2048 and 8192 by default; see WorkerConfig).
        c.put("max.batch.size", "8192");
        c.put("max.queue.size", "32768");
        return c;
    }
}
