package dev.sluice.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * A topic read again and again by one eventual check: each look reads only what was written since the last one
 * and answers every record so far, as a whole read would. A check that polls a topic of 100 000 records every
 * 300 ms no longer reads it whole each time: such reads took the test JVM a core of its own while the engine moved
 * the rows, and on a loaded machine one took longer than its 20 s limit. Close it after the check.
 */
final class TopicFollower implements AutoCloseable {
    private final KafkaTopics topics;
    private final String topic;
    private final boolean committedOnly;
    private final Duration limit;
    private final List<KafkaTopics.KafkaRecord> records = new ArrayList<>();
    private KafkaConsumer<byte[], byte[]> consumer;
    private List<TopicPartition> partitions = List.of();

    TopicFollower(KafkaTopics topics, String topic, boolean committedOnly, Duration limit) {
        this.topics = topics;
        this.topic = topic;
        this.committedOnly = committedOnly;
        this.limit = limit;
    }

    /**
     * Every record from the beginning to the end offsets the topic has now (the last stable offsets when {@code
     * committedOnly}); none while the topic does not exist. A look that passes its time limit fails, and the next
     * one goes on from where it stopped; any other failure starts the next look from the beginning.
     */
    List<KafkaTopics.KafkaRecord> readToEnd() {
        try {
            if (consumer == null) {
                consumer = topics.bytesConsumer(committedOnly);
            }
            if (partitions.isEmpty()) {
                partitions = assignFromBeginning(consumer, topic);
                if (partitions.isEmpty()) {
                    return List.of();
                }
            }
            readUntil(
                    consumer,
                    topic,
                    consumer.endOffsets(partitions),
                    limit,
                    records.size(),
                    r -> records.add(topics.decode(r)));
            return List.copyOf(records);
        } catch (TimeLimit slow) {
            throw slow;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * The topic's partitions, assigned to the consumer at their beginning; none when there is no such topic. Listed,
     * not looked up: a look-up of a missing topic may create it.
     */
    static List<TopicPartition> assignFromBeginning(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        Map<String, List<PartitionInfo>> all = consumer.listTopics(Duration.ofSeconds(10));
        if (!all.containsKey(topic)) {
            return List.of();
        }
        List<TopicPartition> assigned = all.get(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
        return assigned;
    }

    /**
     * Polls until the consumer stands at {@code end} on every partition, handing each record to {@code each}; fails
     * when that takes longer than {@code limit}, saying how many records were read ({@code readBefore} included).
     */
    static void readUntil(
            KafkaConsumer<byte[], byte[]> consumer,
            String topic,
            Map<TopicPartition, Long> end,
            Duration limit,
            long readBefore,
            Consumer<ConsumerRecord<byte[], byte[]>> each) {
        long read = readBefore;
        long deadline = System.nanoTime() + limit.toNanos();
        while (end.keySet().stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new TimeLimit("Reading " + topic + " to its end offsets " + end + " took longer than " + limit
                        + "; " + read + " records read");
            }
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                each.accept(r);
                read++;
            }
        }
    }

    @Override
    public void close() {
        if (consumer != null) {
            try {
                consumer.close(Duration.ZERO);
            } catch (RuntimeException stillInUse) {
                // A look the deadline interrupted may hold it a moment longer; it is dropped either way.
            }
            consumer = null;
        }
        partitions = List.of();
        records.clear();
    }

    /** A read that took longer than its limit; what it read so far stays read. */
    static final class TimeLimit extends IllegalStateException {
        TimeLimit(String message) {
            super(message);
        }
    }
}
