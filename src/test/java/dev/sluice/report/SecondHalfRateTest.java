package dev.sluice.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecondHalfRateTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void timesTheRowsFromThePollThatSawHalfToThePollThatSawAll() {
        SecondHalfRate rate = new SecondHalfRate(100_000);
        rate.observed(10_000, 1 * SECOND);
        rate.observed(50_000, 3 * SECOND);
        rate.observed(80_000, 4 * SECOND);

        assertThat(rate.recordsPerSecond(5 * SECOND)).hasValue(25_000);
    }

    @Test
    void aDestinationThatShowsAllRowsInOneStepHasNoSecondHalfToTime() {
        // The lake commits in chunks: one poll saw none, the next all of them, microseconds before the end.
        SecondHalfRate rate = new SecondHalfRate(100_000);
        rate.observed(0, 1 * SECOND);
        rate.observed(100_000, 9 * SECOND);

        assertThat(rate.recordsPerSecond(9 * SECOND + 1_000)).isEmpty();
    }

    @Test
    void anOddNumberOfRowsCountsTheLargerHalfAsTheSecond() {
        SecondHalfRate rate = new SecondHalfRate(3);
        rate.observed(1, 1 * SECOND);

        assertThat(rate.recordsPerSecond(3 * SECOND)).hasValue(1);
    }
}
