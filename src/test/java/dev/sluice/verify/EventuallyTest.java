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

    @Test
    void aFirstLookSlowerThanTheDeadlineIsFollowedByOneLookTakenToItsEndThatDecides() {
        AtomicInteger looks = new AtomicInteger();
        Eventually.check(
                "two rows",
                Duration.ofMillis(100),
                () -> {
                    looks.incrementAndGet();
                    Thread.sleep(400); // a slow reader, not a wait: the deadline passes during its first look
                    return Eventually.Observation.of(true, "2 rows");
                },
                Optional::empty,
                Duration.ofMillis(10));

        assertThat(looks).hasValueGreaterThanOrEqualTo(1);
    }

    @Test
    void aFirstLookSlowerThanTheDeadlineThatDoesNotHoldSaysWhatItSawAndWhichRows() {
        RowKey wrong = new RowKey(java.util.Map.of("id", "2"));
        assertThatThrownBy(() -> Eventually.check(
                        "two rows, masked",
                        Duration.ofMillis(100),
                        () -> {
                            Thread.sleep(400);
                            return Eventually.Observation.of(false, "id=2 in the clear", java.util.List.of(wrong));
                        },
                        Optional::empty,
                        Duration.ofMillis(10)))
                .isInstanceOf(CheckFailure.class)
                .hasMessageContaining("Expected within 0 s: two rows, masked")
                .hasMessageContaining("took longer than that; one more look, taken to its end): id=2 in the clear")
                .satisfies(e -> assertThat(((CheckFailure) e).wrongKeys()).containsExactly(wrong));
    }

    @Test
    void whileACheapCountSaysTheCheckCannotHoldTheFullLookIsSkipped() {
        AtomicInteger counts = new AtomicInteger();
        AtomicInteger looks = new AtomicInteger();
        Eventually.check(
                "three rows",
                Duration.ofSeconds(10),
                () -> counts.incrementAndGet() <= 2 ? Optional.of("at most 2 records") : Optional.<String>empty(),
                () -> {
                    looks.incrementAndGet();
                    return Eventually.Observation.of(true, "3 rows");
                },
                Optional::empty);

        assertThat(counts).hasValue(3);
        assertThat(looks).hasValue(1);
    }

    @Test
    void aDeadlinePassedOnACountIsFollowedByOneFullLookThatNamesTheRows() {
        RowKey lost = new RowKey(java.util.Map.of("id", "3"));
        AtomicInteger looks = new AtomicInteger();
        assertThatThrownBy(() -> Eventually.check(
                        "three rows",
                        Duration.ofMillis(700),
                        () -> Optional.of("at most 2 records (counted, not read), fewer than the 3 needed"),
                        () -> {
                            looks.incrementAndGet();
                            return Eventually.Observation.of(false, "id 3 lost", java.util.List.of(lost));
                        },
                        Optional::empty))
                .isInstanceOf(CheckFailure.class)
                .hasMessageContaining("Expected within 0 s: three rows")
                .hasMessageContaining("until then it was counted only: at most 2 records (counted, not read), "
                        + "fewer than the 3 needed; one more look, taken to its end): id 3 lost")
                .satisfies(e -> assertThat(((CheckFailure) e).wrongKeys()).containsExactly(lost));
        assertThat(looks).hasValue(1);
    }
}
