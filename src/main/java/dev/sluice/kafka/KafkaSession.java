package dev.sluice.kafka;

import dev.sluice.sdk.format.RecordEncoder;
import dev.sluice.sdk.format.RecordFormat;
import dev.sluice.sdk.format.SeedsFormattedRecords;
import dev.sluice.sdk.system.ChangesRows;
import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.LocatesRows;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.ReportsColumns;
import dev.sluice.sdk.system.SeedsRawRecords;
import dev.sluice.sdk.system.Services;
import dev.sluice.verify.Destination;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.TableData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Kafka's part of a workspace: its topics (the feature's and the pipelines' own), deleted on close. */
public final class KafkaSession
        implements SeedsFormattedRecords, SeedsRawRecords, ChangesRows, ReportsColumns, LocatesRows {
    private final KafkaTopics topics;
    private final Namespace namespace;
    /** What this scenario wrote into each topic, by the topic's name in the feature. */
    private final Map<String, TopicRows> written = new HashMap<>();

    private final Services services;

    KafkaSession(KafkaTopics topics, Namespace namespace, Services services) {
        this.topics = topics;
        this.namespace = namespace;
        this.services = services;
    }

    @Override
    public DataSystem system() {
        return KafkaSystem.INSTANCE;
    }

    public KafkaTopics topics() {
        return topics;
    }

    /** The fields of the topic's first record; none when the topic is empty (the sink then learns them as records come). */
    @Override
    public OriginSchema describe(Endpoint origin) {
        return topics.readAll(namespace.topic(origin.name())).stream()
                .filter(r -> !r.isTombstone())
                .findFirst()
                .map(r -> ConnectJson.schemaOf(
                        RecordDecoding.parse(r.value()), r.key() == null ? null : RecordDecoding.parse(r.key())))
                .orElse(new OriginSchema(List.of(), List.of()));
    }

    /**
     * The fields of the topic's latest record and their Connect types (a logical type's name in brackets), as its
     * writer's schema has them: Connect's JSON carries it, an Avro record's comes from the registry.
     */
    @Override
    public List<ReportsColumns.Column> columns(Endpoint endpoint) {
        List<KafkaTopics.KafkaRecord> records = topics.readAll(namespace.topic(endpoint.name()));
        for (int i = records.size() - 1; i >= 0; i--) {
            if (!records.get(i).isTombstone()) {
                return ConnectJson.fieldTypes(
                        RecordDecoding.parse(records.get(i).value()));
            }
        }
        return List.of();
    }

    @Override
    public Destination destination(Endpoint endpoint) {
        return new KafkaDestination(topics, endpoint.name(), namespace.topic(endpoint.name()), false);
    }

    /** Each record of each key with its partition, offset and time; the topic read once. */
    @Override
    public Map<dev.sluice.verify.RowKey, List<LocatesRows.Located>> locate(
            Endpoint endpoint, List<dev.sluice.verify.RowKey> keys) {
        return TopicTrail.locate(topics, namespace.topic(endpoint.name()), keys);
    }

    /**
     * The source creates the topic, so there is nothing to make; its offsets are read once, so that the
     * first poll of a check, or of a fault timed against the data, does not pay for a consumer's first start
     * (over a second in a fresh JVM, long enough for a 20 000-row snapshot to end before a kill "while rows
     * are flowing").
     */
    @Override
    public void prepareDestination(Endpoint destination) {
        String topic = namespace.topic(destination.name());
        topics.offsetSpan(topic, false);
        topics.offsetSpan(topic, true);
    }

    /** As a {@code read_committed} consumer sees it: what exactly-once pipelines committed, nothing aborted. */
    @Override
    public Destination committedDestination(Endpoint endpoint) {
        return new KafkaDestination(topics, endpoint.name(), namespace.topic(endpoint.name()), true);
    }

    /**
     * One JSON-with-schema record per row; a column named {@code key} becomes the record key, columns marked
     * {@code :key} a key of fields.
     */
    @Override
    public void seed(Endpoint endpoint, SeedTable rows) {
        written(endpoint).seed(rows, ConnectJson.ENCODER);
    }

    /** In Avro, each row's schema follows the header's types and is registered under {@code <topic>-value}. */
    @Override
    public void seed(Endpoint endpoint, SeedTable rows, RecordFormat format) {
        written(endpoint).seed(rows, format.encoder(services).orElse(ConnectJson.ENCODER));
    }

    @Override
    public void insert(Endpoint endpoint, TableData rows) {
        written(endpoint).insert(rows);
    }

    @Override
    public void update(Endpoint endpoint, TableData rows) {
        written(endpoint).update(rows);
    }

    @Override
    public void delete(Endpoint endpoint, TableData keys) {
        written(endpoint).delete(keys);
    }

    @Override
    public void deleteById(Endpoint endpoint, long id) {
        delete(endpoint, new TableData(List.of("id"), List.of(List.of(Long.toString(id)))));
    }

    private TopicRows written(Endpoint endpoint) {
        return written.computeIfAbsent(
                endpoint.name(), name -> new TopicRows(topics, namespace.topic(name), endpoint.describe()));
    }

    @Override
    public void seedBytes(Endpoint endpoint, byte[] value) {
        RecordEncoder exactly = new RecordEncoder() {
            @Override
            public byte[] value(String topic, SeedTable table, List<String> row, List<String> skip) {
                return value.clone();
            }

            @Override
            public byte[] key(String topic, String key) {
                throw new IllegalStateException("a raw record has no key");
            }
        };
        topics.produce(
                namespace.topic(endpoint.name()),
                SeedTable.parse(List.of(List.of("value"), java.util.Collections.singletonList("raw"))),
                exactly);
    }

    @Override
    public java.util.List<String> keep() {
        try {
            return topics.topicsStartingWith(namespace.topicPrefix()).stream()
                    .sorted()
                    .map(t -> "Kafka topic " + t + ": " + consoleConsumerCommand(t))
                    .toList();
        } finally {
            topics.close();
        }
    }

    @Override
    public void close() {
        try {
            topics.deleteTopicsStartingWith(namespace.topicPrefix());
        } finally {
            topics.close();
        }
    }

    /** Kafka's console consumer reading the topic from its start, keys and headers shown. */
    private String consoleConsumerCommand(String topic) {
        Map<String, String> clientSettings = topics.clientSettings();
        String security = clientSettings.isEmpty()
                ? ""
                : " --consumer-property "
                        + String.join(
                                " --consumer-property ",
                                clientSettings.entrySet().stream()
                                        .map(e -> "'" + e.getKey() + "=" + e.getValue() + "'")
                                        .toList());
        return "kafka-console-consumer.sh --bootstrap-server " + topics.bootstrapServers() + " --topic " + topic
                + " --from-beginning --property print.key=true --property print.headers=true" + security;
    }
}
