package dev.sluice.environment.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentStartsTest {
    @Test
    void aFailedStartEndsTheStartsWaitingBesideItAndIsTheOneReported() {
        CountDownLatch aborted = new CountDownLatch(1);
        AtomicInteger waiterOutcome = new AtomicInteger();
        IllegalStateException brokerFailure = new IllegalStateException("kafka: the process exited with code 1");
        ConcurrentStarts starts = new ConcurrentStarts();
        starts.begin(
                () -> {
                    // The worker: waits for its broker until it is told to stop waiting.
                    try {
                        boolean ended = aborted.await(30, TimeUnit.SECONDS);
                        waiterOutcome.set(ended ? 1 : 2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("connect: the process ended before /health answered");
                },
                aborted::countDown);
        starts.begin(
                () -> {
                    throw brokerFailure;
                },
                () -> {});

        RuntimeException thrown = assertThrows(RuntimeException.class, starts::awaitAll);

        assertSame(brokerFailure, thrown);
        assertEquals(1, waiterOutcome.get(), "the waiting start was ended by its abort, not by its own timeout");
    }

    @Test
    void aStartThatFailsLastIsReportedToo() {
        // The failure completes the last start: the run must not read "every start returned" as "every start passed".
        for (int attempt = 0; attempt < 200; attempt++) {
            CountDownLatch otherDone = new CountDownLatch(1);
            IllegalStateException brokerFailure = new IllegalStateException("kafka: no cluster description");
            ConcurrentStarts starts = new ConcurrentStarts();
            starts.begin(otherDone::countDown, () -> {});
            starts.begin(
                    () -> {
                        try {
                            otherDone.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        throw brokerFailure;
                    },
                    () -> {});

            RuntimeException thrown = assertThrows(RuntimeException.class, starts::awaitAll, "attempt " + attempt);

            assertSame(brokerFailure, thrown);
        }
    }

    @Test
    void returnsWhenEveryStartSucceeded() {
        AtomicInteger started = new AtomicInteger();
        ConcurrentStarts starts = new ConcurrentStarts();
        for (int i = 0; i < 3; i++) {
            starts.begin(started::incrementAndGet, () -> {
                throw new AssertionError("nothing failed: nothing to abort");
            });
        }
        starts.awaitAll();
        assertEquals(3, started.get());
    }

    @Test
    void abortAndAwaitReturnsOnceEveryStartHasReturned() {
        CountDownLatch aborted = new CountDownLatch(1);
        AtomicInteger returned = new AtomicInteger();
        ConcurrentStarts starts = new ConcurrentStarts();
        starts.begin(
                () -> {
                    try {
                        assertTrue(aborted.await(30, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    returned.incrementAndGet();
                },
                aborted::countDown);
        starts.abortAndAwait();
        assertEquals(1, returned.get());
    }
}
