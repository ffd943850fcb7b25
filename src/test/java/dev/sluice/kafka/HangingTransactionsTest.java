package dev.sluice.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** Which open transactions hang: the states seen after a broker's SIGKILL, and the ones that end by themselves. */
class HangingTransactionsTest {
    private static final TopicPartition OFFSETS = new TopicPartition("sluice-r1-offsets", 0);
    private static final TopicPartition LEDGER = new TopicPartition("ledger", 0);

    private static ProducerState open(long producer, int epoch, long since) {
        return new ProducerState(producer, epoch, 0, 0L, OptionalInt.of(2), OptionalLong.of(since));
    }

    private static TransactionDescription coordinator(long producer, TransactionState state, TopicPartition... in) {
        return new TransactionDescription(1, state, producer, 4, 10_000, OptionalLong.empty(), Set.of(in));
    }

    @Test
    void anOpenTransactionWhoseCoordinatorIsEmptyHangs() {
        // As measured: producer 1001 open at offset 26 of the offsets topic, its coordinator Empty at epoch 4.
        var partitions = Map.of(OFFSETS, List.of(open(1001, 2, 26)));
        List<HangingTransactions.Hanging> hanging = HangingTransactions.judge(
                partitions, Map.of(1001L, coordinator(1001, TransactionState.EMPTY)), partitions);
        assertThat(hanging).singleElement().satisfies(h -> {
            assertThat(h.partition()).isEqualTo(OFFSETS);
            assertThat(h.producerId()).isEqualTo(1001);
            assertThat(h.producerEpoch()).isEqualTo(2);
            assertThat(h.coordinatorEpoch()).isEqualTo(2);
            assertThat(h.describe()).contains("open since offset 26").contains("Empty");
        });
    }

    @Test
    void aTransactionItsCoordinatorCountsAsOpenThereDoesNotHang() {
        var partitions = Map.of(OFFSETS, List.of(open(7, 1, 3)));
        assertThat(HangingTransactions.judge(
                        partitions, Map.of(7L, coordinator(7, TransactionState.ONGOING, LEDGER, OFFSETS)), partitions))
                .isEmpty();
    }

    @Test
    void anOngoingTransactionThatLacksThePartitionHangs() {
        var partitions = Map.of(OFFSETS, List.of(open(7, 1, 3)));
        assertThat(HangingTransactions.judge(
                        partitions, Map.of(7L, coordinator(7, TransactionState.ONGOING, LEDGER)), partitions))
                .hasSize(1);
    }

    @Test
    void aTransactionBeingEndedOrEndedMeanwhileDoesNotHang() {
        var partitions = Map.of(OFFSETS, List.of(open(7, 1, 3)));
        assertThat(HangingTransactions.judge(
                        partitions, Map.of(7L, coordinator(7, TransactionState.PREPARE_COMMIT)), partitions))
                .isEmpty();
        // Committed between the two reads: the partition's marker is there, so the second read no longer shows it.
        assertThat(HangingTransactions.judge(
                        partitions, Map.of(7L, coordinator(7, TransactionState.COMPLETE_COMMIT)), Map.of()))
                .isEmpty();
        // A new transaction of the same producer started meanwhile: another start offset, not the same one.
        assertThat(HangingTransactions.judge(
                        partitions,
                        Map.of(7L, coordinator(7, TransactionState.COMPLETE_COMMIT)),
                        Map.of(OFFSETS, List.of(open(7, 2, 9)))))
                .isEmpty();
    }

    @Test
    void aProducerNoCoordinatorKnowsHangs() {
        var partitions = Map.of(LEDGER, List.of(open(5, 0, 11)));
        assertThat(HangingTransactions.judge(partitions, Map.of(), partitions))
                .singleElement()
                .satisfies(h -> assertThat(h.describe()).contains("no transactional id"));
    }
}
