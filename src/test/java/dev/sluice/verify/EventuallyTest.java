package dev.sluice.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventuallyTest {
    @Test
    void aTimeoutReportsWhatWasSeenLastNotTheInterruptedFinalPoll() {
        AtomicInteger polls = new AtomicInteger();
        assertThatThrownBy(() -> Eventually.check(
                        "three rows",
                        Duration.ofMillis(600),
                        () -> {
                            if (polls.incrementAndGet() > 1) {
                                Thread.sleep(5_000); // interrupted by the deadline
                            }
                            return Eventually.Observation.of(false, "2 rows");
                        },
                        Optional::empty,
                        Duration.ofMillis(10)))
                .hasMessageContaining("Expected within 0 s: three rows")
                .hasMessageContaining("Last seen: 2 rows")
                .hasMessageNotContaining("Interrupted");
    }

    @Test
    void anErrorThatIsNotTheDeadlineIsReported() {
        assertThatThrownBy(() -> Eventually.check(
                        "x",
                        Duration.ofMillis(200),
                        () -> {
                            throw new IllegalStateException("relation \"t\" does not exist");
                        },
                        Optional::empty,
                        Duration.ofMillis(10)))
                .hasMessageContaining("Last seen: an error: relation \"t\" does not exist");
        assertThat(Eventually.interrupted(new RuntimeException(new InterruptedException())))
                .isTrue();
    }
}
