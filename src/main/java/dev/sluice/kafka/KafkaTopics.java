package dev.sluice.kafka;

import dev.sluice.sdk.format.FramedRecords;
import dev.sluice.sdk.format.RecordEncoder;
import dev.sluice.sdk.format.RecordFormats;
import dev.sluice.verify.SeedTable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Kafka topics read and written directly, with a consumer and a producer of our own. */
public final class KafkaTopics implements AutoCloseable {
    static final Duration READ_LIMIT = Duration.ofSeconds(20);

    private final String bootstrapServers;
    private final Map<String, String> clientSettings;
    private final FramedRecords.Reader framed;
    private KafkaProducer<byte[], byte[]> producer;
    /** One consumer per isolation level for {@link #offsetSpan}, kept: a fault step polls it every 50 ms, and a new
     * consumer took 2–3 s in docker, long enough for a snapshot to end before a kill "while rows are flowing". */
    private final Map<Boolean, KafkaConsumer<byte[], byte[]>> spanConsumers = new java.util.HashMap<>();

    public KafkaTopics(String bootstrapServers) {
        this(bootstrapServers, Map.of());
    }

    /** Topics of a cluster whose clients need more settings (security protocol, SASL, TLS): {@code clientSettings}. */
    public KafkaTopics(String bootstrapServers, Map<String, String> clientSettings) {
        this(bootstrapServers, clientSettings, RecordFormats.framedReader(null));
    }

    /** Topics whose records in Confluent's wire format {@code framed} reads (through a schema registry). */
    public KafkaTopics(String bootstrapServers, Map<String, String> clientSettings, FramedRecords.Reader framed) {
        this.bootstrapServers = bootstrapServers;
        this.clientSettings = Map.copyOf(clientSettings);
        this.framed = framed;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    Map<String, String> clientSettings() {
        return clientSettings;
    }

    /** A client's own settings, with the cluster's client settings added. */
    Map<String, Object> client(Map<String, Object> own) {
        Map<String, Object> all = new java.util.HashMap<>(clientSettings);
        all.putAll(own);
        return all;
    }

    /**
     * One record as read: its key and value as text, and its fields; null fields for a tombstone,
     * which is a record without a value or, in Connect JSON, one whose payload is null.
     */
    public record KafkaRecord(String key, String value, Map<String, Object> fields) {
        public boolean isTombstone() {
            return fields == null;
        }
    }

    /**
     * Writes one JSON-with-schema record per row; a column named {@code key} becomes the record key,
     * and columns named {@code header:<name>} become its headers.
     */
    public void produce(String topic, SeedTable table) {
        produce(topic, table, ConnectJson.ENCODER);
    }

    /** The same, keys and values written by {@code encoder} (Avro through the registry, or {@link ConnectJson#ENCODER}). */
    public void produce(String topic, SeedTable table, RecordEncoder encoder) {
        Function<List<String>, byte[]> keyOf = SeedKeys.of(topic, table, encoder);
        List<String> notInValue = new ArrayList<>(List.of("key"));
        table.names().stream()
                .filter(n -> n.startsWith(RecordDecoding.HEADER_PREFIX))
                .forEach(notInValue::add);
        try {
            for (List<String> row : table.rows()) {
                ProducerRecord<byte[], byte[]> record =
                        new ProducerRecord<>(topic, keyOf.apply(row), encoder.value(topic, table, row, notInValue));
                for (int i = 0; i < table.names().size(); i++) {
                    String name = table.names().get(i);
                    if (name.startsWith(RecordDecoding.HEADER_PREFIX) && row.get(i) != null) {
                        record.headers()
                                .add(
                                        name.substring(RecordDecoding.HEADER_PREFIX.length()),
                                        row.get(i).getBytes(StandardCharsets.UTF_8));
                    }
                }
                producer().send(record).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Could not write records to Kafka topic " + topic + ": " + e.getMessage(), e);
        }
    }

    /** A tombstone: the key, no value; what a delete of the key's row is in a topic. */
    public void produceTombstone(String topic, byte[] key) {
        try {
            producer().send(new ProducerRecord<>(topic, key, null)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Could not write a tombstone to Kafka topic " + topic + ": " + e.getMessage(), e);
        }
    }

    /**
     * How many offsets the topic spans (end minus beginning, over its partitions), without reading a
     * record: at least its records, more when it holds tombstones or transaction markers; 0 when the
     * topic does not exist. {@code committedOnly} ends at the last stable offset.
     */
    public synchronized long offsetSpan(String topic, boolean committedOnly) {
        KafkaConsumer<byte[], byte[]> consumer = spanConsumers.computeIfAbsent(committedOnly, this::bytesConsumer);
        try {
            // Listed, not looked up: a look-up of a missing topic may create it.
            Map<String, List<PartitionInfo>> topics = consumer.listTopics(Duration.ofSeconds(10));
            if (!topics.containsKey(topic)) {
                return 0;
            }
            List<TopicPartition> partitions = topics.get(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            return partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
        } catch (RuntimeException e) {
            // A consumer in a bad state is not kept: the next call (the caller polls again) makes a new one.
            spanConsumers.remove(committedOnly).close(Duration.ZERO);
            throw e;
        }
    }

    /** Every record from the beginning of the topic to its current end; empty when the topic does not exist. */
    public List<KafkaRecord> readAll(String topic) {
        return readAll(topic, false);
    }

    /**
     * Every record to the topic's end; {@code committedOnly} reads as a {@code read_committed}
     * consumer: records of aborted transactions are skipped, and the end is the last stable offset.
     */
    public List<KafkaRecord> readAll(String topic, boolean committedOnly) {
        List<KafkaRecord> records = new ArrayList<>();
        readDecoded(topic, committedOnly, (r, decoded) -> records.add(decoded));
        return records;
    }

    /** As {@link #readAll}, each record decoded beside the consumer's (its partition, offset and time). */
    void readDecoded(
            String topic, boolean committedOnly, BiConsumer<ConsumerRecord<byte[], byte[]>, KafkaRecord> each) {
        readRaw(topic, committedOnly, READ_LIMIT, r -> each.accept(r, decode(r)));
    }

    /** One record as read: its fields decoded (through the registry where framed), its headers kept. */
    KafkaRecord decode(ConsumerRecord<byte[], byte[]> r) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        r.headers().forEach(h -> headers.put(h.key(), h.value()));
        return RecordDecoding.decode(r.topic(), r.partition(), r.offset(), r.key(), r.value(), headers, framed);
    }

    /**
     * Reads the topic from its beginning to the end offsets it had when the read began, handing each record, as
     * bytes, to {@code each}; nothing when there is no such topic. Fails when that takes longer than {@code limit}.
     * Returns the time spent fetching, without the consumer's start and its look-ups of the topic.
     */
    public Duration readRaw(
            String topic, boolean committedOnly, Duration limit, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        try (KafkaConsumer<byte[], byte[]> consumer = bytesConsumer(committedOnly)) {
            List<TopicPartition> partitions = TopicFollower.assignFromBeginning(consumer, topic);
            if (partitions.isEmpty()) {
                return Duration.ZERO;
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long start = System.nanoTime();
            TopicFollower.readUntil(consumer, topic, end, limit, 0, each);
            return Duration.ofNanos(System.nanoTime() - start);
        }
    }

    /** A consumer of raw bytes that commits nothing; {@code committedOnly} reads as {@code read_committed}. */
    KafkaConsumer<byte[], byte[]> bytesConsumer(boolean committedOnly) {
        return new KafkaConsumer<>(client(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                committedOnly ? "read_committed" : "read_uncommitted",
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                // A topic that is being created makes offset look-ups block: fail fast, the caller polls again.
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                5000,
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName())));
    }

    /** Deletes every topic whose name starts with the prefix. */
    public void deleteTopicsStartingWith(String prefix) {
        try (Admin admin = Admin.create(client(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers)))) {
            Set<String> names = topicsStartingWith(admin, prefix);
            if (!names.isEmpty()) {
                admin.deleteTopics(names).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not delete the topics " + prefix + "*: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The names of the topics that start with the prefix. */
    public Set<String> topicsStartingWith(String prefix) {
        try (Admin admin = Admin.create(client(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers)))) {
            return topicsStartingWith(admin, prefix);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not list the topics " + prefix + "*: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        }
    }

    private static Set<String> topicsStartingWith(Admin admin, String prefix)
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        return admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                .filter(n -> n.startsWith(prefix))
                .collect(Collectors.toSet());
    }

    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(client(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrapServers,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    ByteArraySerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    ByteArraySerializer.class.getName(),
                    ProducerConfig.LINGER_MS_CONFIG,
                    0)));
        }
        return producer;
    }

    @Override
    public synchronized void close() {
        spanConsumers.values().forEach(c -> c.close(Duration.ZERO));
        spanConsumers.clear();
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
