package dev.sluice.environment.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WarmSpareTest {

    @Test
    void theFirstIsStartedWhenAskedForAndEachOneTakenStartsTheNext() {
        AtomicInteger starts = new AtomicInteger();
        WarmSpare<Integer> spares = new WarmSpare<>(starts::incrementAndGet);

        int first = spares.take();
        int second = spares.take();
        spares.close();

        // The first take started one itself and one as the spare, which the second take got (in whichever order the
        // two background starts counted); the second take started a third as the next spare, which close waited for.
        // A second take that started its own as well would make it four.
        assertThat(first).isNotEqualTo(second);
        assertThat(starts).hasValue(3);
    }

    @Test
    void aSpareThatFailedToStartIsNotHandedOutAnotherIsStarted() {
        AtomicInteger starts = new AtomicInteger();
        AtomicBoolean spareFailed = new AtomicBoolean();
        List<Integer> handedOut = new CopyOnWriteArrayList<>();
        // The first spare (started in the background, on another thread) fails; starts asked for directly do not.
        Thread test = Thread.currentThread();
        WarmSpare<Integer> spares = new WarmSpare<>(() -> {
            int n = starts.incrementAndGet();
            if (Thread.currentThread() != test && spareFailed.compareAndSet(false, true)) {
                throw new IllegalStateException("worker " + n + " did not answer");
            }
            return -n;
        });

        handedOut.add(spares.take());
        handedOut.add(spares.take());
        spares.close();

        assertThat(spareFailed).isTrue();
        assertThat(handedOut).hasSize(2).allMatch(n -> n < 0);
    }

    @Test
    void nothingStartsOnceClosed() {
        WarmSpare<Integer> spares = new WarmSpare<>(() -> 1);
        spares.close();

        assertThatThrownBy(spares::take)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
