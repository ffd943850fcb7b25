package dev.sluice.environment.shared;

import dev.sluice.environment.CoreVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kafka Connect worker's configuration, in one place for every environment: the local worker
 * writes it with its own addresses; the core image carries it as a template whose placeholders
 * ({@code @CONNECT_BOOTSTRAP_SERVERS@}, …) its start script fills from the container's environment.
 */
public final class WorkerConfig {
    public static final String MAIN_CLASS = "org.apache.kafka.connect.cli.ConnectDistributed";

    private WorkerConfig() {}

    /** A distributed worker with test-friendly settings: one partition, replication 1, quick offset flushes. */
    public static Map<String, String> properties(
            String bootstrapServers, String groupId, String listener, String advertisedHost, String pluginPath) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("group.id", groupId);
        p.put("config.storage.topic", groupId + "-configs");
        p.put("offset.storage.topic", groupId + "-offsets");
        p.put("status.storage.topic", groupId + "-status");
        p.put("config.storage.replication.factor", "1");
        p.put("offset.storage.replication.factor", "1");
        p.put("status.storage.replication.factor", "1");
        p.put("offset.storage.partitions", "1");
        p.put("status.storage.partitions", "1");
        p.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        p.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        p.put("key.converter.schemas.enable", "true");
        p.put("value.converter.schemas.enable", "true");
        p.put("offset.flush.interval.ms", "1000");
        // A task of a worker that left is given to the others at once, not after five minutes.
        p.put("scheduled.rebalance.max.delay.ms", "0");
        // A killed worker's member is dropped from the group after 6 s (the broker's minimum) instead of
        // 10 s, and a rebalance waits at most 20 s, not 60 s, for a member that will never rejoin: a
        // worker restarted after a kill answered after 65 s when the dead member had been mid-rebalance.
        p.put("session.timeout.ms", "6000");
        p.put("heartbeat.interval.ms", "2000");
        p.put("rebalance.timeout.ms", "20000");
        // The same for a sink task's consumer: a killed worker's sink member held the sink's group for its
        // 45 s session, so the restarted task read nothing for 40 s (measured: a kill into a table copy
        // took 54 s, 42 s of it waiting).
        p.put("consumer.session.timeout.ms", "6000");
        p.put("consumer.heartbeat.interval.ms", "2000");
        // A sink's consumer answers after at most 100 ms when too little has arrived to fill a fetch (500 ms by
        // default), so a single row is not held back; the cost is more fetch requests from idle sinks.
        p.put("consumer.fetch.max.wait.ms", "100");
        // Throughput (issue 11 §5): source tasks' producers wait up to 10 ms to fill batches of up to 512 KiB
        // (linger 0 and 16 KiB before: many small batches per transaction), and sinks take up to 4000 records
        // per poll (500 before). Measured with 300 000 rows, together with the phrasebook's source and sink
        // batches: about 9 000 to 10 000 rows/s against 7 400. The cost: a change may wait 10 ms more.
        p.put("producer.linger.ms", "10");
        p.put("producer.batch.size", Integer.toString(512 * 1024));
        p.put("consumer.max.poll.records", "4000");
        p.put("listeners", listener);
        p.put("rest.advertised.host.name", advertisedHost);
        p.put("plugin.path", pluginPath);
        // Measured: 8 s to a ready REST API instead of 29 s with the default class path scan.
        p.put("plugin.discovery", "service_load");
        p.put("topic.creation.enable", "true");
        // KIP-618: source tasks commit records and offsets in one transaction, so a pipeline may require
        // exactly-once delivery. Readers that are not read-committed still see aborted records.
        p.put("exactly.once.source.support", "enabled");
        // A worker reads its offsets topic read-committed, so a transaction left open by a killed worker or a
        // deleted task holds every restarted worker until the transaction times out: 60 s by default, seen as a
        // restart that took 64 s. Ten seconds is still far longer than one poll's transaction.
        p.put("producer.transaction.timeout.ms", "10000");
        return p;
    }

    /**
     * What answers 200 once the worker has joined its group: {@code /health} from Kafka 3.9 on
     * (KIP-1017); before, listing connectors, which the worker answers only once its herder runs.
     */
    public static String readinessPath(CoreVersion core) {
        return core.atLeast("3.9") ? "/health" : "/connectors";
    }

    /** The JVM's options, given where its Log4j configuration is. */
    public static List<String> jvmOptions(String log4jConfig) {
        return List.of(
                "-Xms256m",
                "-Xmx1g",
                "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + log4jConfig,
                // S3-compatible servers reject the newer AWS SDK's default checksums (FIELD-NOTES).
                "-Daws.requestChecksumCalculation=WHEN_REQUIRED",
                "-Daws.responseChecksumValidation=WHEN_REQUIRED");
    }

    /** The image's template: {@code key=value} lines with placeholders for what only the container knows. */
    public static String imageTemplate() {
        return FileTrees.keyValueLines(properties(
                "@CONNECT_BOOTSTRAP_SERVERS@",
                "@CONNECT_GROUP_ID@",
                "http://0.0.0.0:8083",
                "@CONNECT_ADVERTISED_HOST@",
                "/opt/connect/plugins"));
    }
}
