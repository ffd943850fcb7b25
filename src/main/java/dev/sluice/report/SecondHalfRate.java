package dev.sluice.report;

import java.util.OptionalLong;

/**
 * The rate of the second half of a benchmark's rows: from the poll that first saw half of them to the one that saw
 * all. A destination that makes its rows readable in large steps (the lake commits in chunks) can show half and all
 * in the same poll; then there is no second half to time, and no figure, instead of a division by almost zero.
 */
public final class SecondHalfRate {
    private final int records;
    private boolean halfSeen;
    private long halfSeenAt;

    public SecondHalfRate(int records) {
        this.records = records;
    }

    /** A poll that saw this many records at this time ({@link System#nanoTime()}). */
    public void observed(int count, long nanos) {
        if (!halfSeen && count >= records / 2 && count < records) {
            halfSeen = true;
            halfSeenAt = nanos;
        }
    }

    /** Records per second from half to all, all seen at {@code allSeenAt}; empty when no poll saw half without all. */
    public OptionalLong recordsPerSecond(long allSeenAt) {
        if (!halfSeen || allSeenAt <= halfSeenAt) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.round((records - records / 2) / ((allSeenAt - halfSeenAt) / 1e9)));
    }
}
