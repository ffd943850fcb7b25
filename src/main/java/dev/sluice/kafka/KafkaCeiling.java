package dev.sluice.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * How fast the broker itself moves a pipeline's records, without Kafka Connect: the records of a
 * topic are read from its beginning by a plain consumer, then written again to another topic by a
 * plain producer. The same records, the same broker, in the same run: the ceiling of any pipeline
 * through that topic.
 */
public final class KafkaCeiling {
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private final KafkaTopics topics;

    public KafkaCeiling(KafkaTopics topics) {
        this.topics = topics;
    }

    /** Records moved, their bytes (keys and values) and the time it took. */
    public record Rate(long records, long bytes, Duration took) {
        public long recordsPerSecond() {
            return Math.round(records / Math.max(took.toNanos() / 1e9, 1e-9));
        }

        public double megabytesPerSecond() {
            return Math.round(bytes / 1e6 / Math.max(took.toNanos() / 1e9, 1e-9) * 10) / 10.0;
        }
    }

    /** Both directions: reading {@code from} to its end, then writing what was read into {@code to}. */
    public record Ceiling(Rate consume, Rate produce) {}

    public Ceiling measure(String from, String to) {
        List<ConsumerRecord<byte[], byte[]>> read = new ArrayList<>();
        Rate consume = consume(from, read);
        if (read.isEmpty()) {
            throw new IllegalStateException("The Kafka topic " + from
                    + " has no record to measure the broker with: measure the ceiling after the pipeline has run");
        }
        return new Ceiling(consume, produce(to, read));
    }

    /** Timed while fetching: the consumer's start and its look-ups of the topic are not the broker's rate. */
    private Rate consume(String topic, List<ConsumerRecord<byte[], byte[]>> into) {
        long[] bytes = {0};
        Duration took = topics.readRaw(topic, false, PATIENCE, r -> {
            into.add(r);
            bytes[0] += size(r.key()) + size(r.value());
        });
        return new Rate(into.size(), bytes[0], took);
    }

    /** Acknowledged by all replicas and idempotent, batched as the phrasebook's workers batch (WorkerConfig). */
    private Rate produce(String topic, List<ConsumerRecord<byte[], byte[]>> records) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(topics.client(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                topics.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                10,
                ProducerConfig.BATCH_SIZE_CONFIG,
                512 * 1024,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class.getName())))) {
            // The topic's metadata first, so that its creation is not timed.
            producer.partitionsFor(topic);
            long bytes = 0;
            long start = System.nanoTime();
            Future<?> last = null;
            for (ConsumerRecord<byte[], byte[]> r : records) {
                last = producer.send(new ProducerRecord<>(topic, r.key(), r.value()));
                bytes += size(r.key()) + size(r.value());
            }
            producer.flush();
            last.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            return new Rate(records.size(), bytes, Duration.ofNanos(System.nanoTime() - start));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not write the records again to " + topic + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing to " + topic, e);
        }
    }

    private static long size(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }
}
