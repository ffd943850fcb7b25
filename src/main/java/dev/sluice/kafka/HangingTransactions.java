package dev.sluice.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Transactions that a partition holds open but that no transaction coordinator will ever end ("hanging", KIP-664).
 * Seen here after a SIGKILL of the only broker: an exactly-once source task had written its offsets into the
 * worker's offsets topic in a transaction that the coordinator, after the restart, no longer counted as open (state
 * Empty, epoch bumped twice), so it never wrote the abort marker. The partition's last stable offset then stays put
 * and every read-committed reader of it waits for ever: each exactly-once source connector and task of the worker
 * blocks in {@code KafkaOffsetBackingStore.start}, so no source starts again. Operators end such a transaction with
 * {@code kafka-transactions.sh find-hanging} and {@code abort}; this is the same, through the Admin API.
 */
public final class HangingTransactions {
    private static final long ANSWER_SECONDS = 30;

    /** One open transaction of one producer on one partition, with what its coordinator said of it. */
    public record Hanging(
            TopicPartition partition,
            long producerId,
            int producerEpoch,
            int coordinatorEpoch,
            long openSince,
            String coordinatorSays) {
        public String describe() {
            return partition + ": producer " + producerId + " (epoch " + producerEpoch + ") open since offset "
                    + openSince + ", its coordinator says " + coordinatorSays;
        }
    }

    private HangingTransactions() {}

    /**
     * Finds the hanging transactions of the cluster and aborts them; returns what it aborted (empty when none hung).
     * A transaction its coordinator still counts as open is left alone: the coordinator ends it within its timeout.
     */
    public static List<Hanging> abortAll(String bootstrapServers, Map<String, String> clientSettings) {
        Map<String, Object> config = new HashMap<>(clientSettings);
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(config)) {
            List<Hanging> hanging = find(admin);
            for (Hanging h : hanging) {
                admin.abortTransaction(new AbortTransactionSpec(
                                h.partition(), h.producerId(), (short) h.producerEpoch(), h.coordinatorEpoch()))
                        .all()
                        .get(ANSWER_SECONDS, TimeUnit.SECONDS);
            }
            return hanging;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "Could not look for or abort hanging transactions on " + bootstrapServers
                            + ": " + e.getMessage() + ". By hand: kafka-transactions.sh --bootstrap-server "
                            + bootstrapServers + " find-hanging --broker-id <id>, then abort",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while looking for hanging transactions", e);
        }
    }

    /**
     * Leaves a transaction open on partition 0 of {@code topic} for {@code open} (at most the broker's
     * {@code transaction.max.timeout.ms}, 15 min by default): a transactional producer writes one record and is
     * closed at once, without committing or aborting. Read-committed readers of that partition wait behind it until
     * its coordinator times it out, as they wait behind a hanging one. For a test of what a stuck engine does.
     */
    public static void leaveOpen(
            String bootstrapServers, Map<String, String> clientSettings, String topic, java.time.Duration open) {
        Map<String, Object> config = new HashMap<>(clientSettings);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "sluice-left-open-" + System.nanoTime());
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) open.toMillis());
        ByteArraySerializer bytes = new ByteArraySerializer();
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, bytes, bytes);
        try {
            producer.initTransactions();
            producer.beginTransaction();
            // A key: the engine's storage topics are compacted and refuse records without one.
            producer.send(new ProducerRecord<>(topic, 0, "sluice-left-open".getBytes(), new byte[0]))
                    .get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not write into " + topic + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // No time to send anything more: no EndTxn reaches the coordinator.
            producer.close(java.time.Duration.ZERO);
        }
    }

    private static List<Hanging> find(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        List<TopicPartition> partitions = new ArrayList<>();
        var names = admin.listTopics(new ListTopicsOptions().listInternal(true))
                .names()
                .get(ANSWER_SECONDS, TimeUnit.SECONDS);
        for (TopicDescription d : admin.describeTopics(names)
                .allTopicNames()
                .get(ANSWER_SECONDS, TimeUnit.SECONDS)
                .values()) {
            d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition())));
        }
        Map<TopicPartition, List<ProducerState>> before = openTransactions(admin, partitions);
        if (before.isEmpty()) {
            return List.of();
        }
        List<Long> producers = before.values().stream()
                .flatMap(List::stream)
                .map(ProducerState::producerId)
                .distinct()
                .toList();
        Map<Long, TransactionDescription> coordinators = new HashMap<>();
        var listings = admin.listTransactions(new ListTransactionsOptions().filterProducerIds(producers))
                .all()
                .get(ANSWER_SECONDS, TimeUnit.SECONDS);
        List<String> ids =
                listings.stream().map(TransactionListing::transactionalId).toList();
        if (!ids.isEmpty()) {
            admin.describeTransactions(ids)
                    .all()
                    .get(ANSWER_SECONDS, TimeUnit.SECONDS)
                    .values()
                    .forEach(t -> coordinators.put(t.producerId(), t));
        }
        // Read again after the coordinators: a transaction that ended in between has its marker by now.
        Map<TopicPartition, List<ProducerState>> after = openTransactions(admin, List.copyOf(before.keySet()));
        return judge(before, coordinators, after);
    }

    private static Map<TopicPartition, List<ProducerState>> openTransactions(
            Admin admin, List<TopicPartition> partitions)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, List<ProducerState>> open = new HashMap<>();
        admin.describeProducers(partitions)
                .all()
                .get(ANSWER_SECONDS, TimeUnit.SECONDS)
                .forEach((tp, state) -> {
                    List<ProducerState> inTransaction = state.activeProducers().stream()
                            .filter(p -> p.currentTransactionStartOffset().isPresent())
                            .toList();
                    if (!inTransaction.isEmpty()) {
                        open.put(tp, inTransaction);
                    }
                });
        return open;
    }

    /**
     * The hanging ones: open on a partition before and after the coordinators were asked (same producer, same start
     * offset), while the producer's coordinator does not count that partition in an open transaction of its own.
     */
    static List<Hanging> judge(
            Map<TopicPartition, List<ProducerState>> before,
            Map<Long, TransactionDescription> coordinators,
            Map<TopicPartition, List<ProducerState>> after) {
        List<Hanging> hanging = new ArrayList<>();
        before.forEach((tp, producers) -> {
            for (ProducerState p : producers) {
                OptionalLong since = p.currentTransactionStartOffset();
                boolean stillOpen = after.getOrDefault(tp, List.of()).stream()
                        .anyMatch(a -> a.producerId() == p.producerId()
                                && Objects.equals(a.currentTransactionStartOffset(), since));
                TransactionDescription coordinator = coordinators.get(p.producerId());
                if (stillOpen && !endsItself(coordinator, tp)) {
                    hanging.add(new Hanging(
                            tp,
                            p.producerId(),
                            p.producerEpoch(),
                            p.coordinatorEpoch().orElse(0),
                            since.getAsLong(),
                            coordinator == null
                                    ? "nothing (no transactional id has this producer)"
                                    : coordinator.state() + " at epoch " + coordinator.producerEpoch()
                                            + " with partitions " + coordinator.topicPartitions()));
                }
            }
        });
        return hanging;
    }

    /** Whether the coordinator will end this partition's transaction: it is open there, or being ended. */
    private static boolean endsItself(TransactionDescription coordinator, TopicPartition tp) {
        if (coordinator == null) {
            return false;
        }
        TransactionState state = coordinator.state();
        return switch (state) {
            case ONGOING -> coordinator.topicPartitions().contains(tp);
            case PREPARE_COMMIT, PREPARE_ABORT, PREPARE_EPOCH_FENCE -> true;
            default -> false;
        };
    }
}
