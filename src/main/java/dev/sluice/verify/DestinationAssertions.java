package dev.sluice.verify;

import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The phrasebook's checks of a destination, each an eventual check with a report of what was last seen. */
public final class DestinationAssertions {
    private DestinationAssertions() {}

    /** Within the timeout the destination holds exactly these rows (any order), compared on the header's columns. */
    public static void containsExactly(
            Destination destination, TableData expected, Duration timeout, Supplier<Optional<String>> abort) {
        String expectation = "the " + destination.describe() + " contains exactly ("
                + expected.rows().size() + " rows):\n" + expected.render();
        Eventually.check(
                expectation,
                timeout,
                () -> {
                    Destination.Snapshot snapshot = destination.read();
                    String when = " (at " + LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + ")";
                    if (snapshot.columns().isEmpty()) {
                        return Eventually.Observation.of(
                                false, "the " + destination.describe() + " does not exist or is empty" + when);
                    }
                    List<String> unknown = expected.header().stream()
                            .filter(h -> !snapshot.columns().get().contains(h))
                            .toList();
                    if (!unknown.isEmpty()) {
                        return Eventually.Observation.of(
                                false,
                                "no column " + unknown + " in the " + destination.describe() + "; its columns are "
                                        + snapshot.columns().get() + when);
                    }
                    TableData actual = TableData.project(expected.header(), snapshot.records());
                    TableComparison comparison = TableComparison.of(expected, actual);
                    return Eventually.Observation.of(
                            comparison.matches(),
                            actual.rows().size() + " rows" + when + ":\n"
                                    + comparison.actual().render() + comparison.describeDifference());
                },
                abort);
    }

    public static void hasRecords(
            Destination destination, int count, Duration timeout, Supplier<Optional<String>> abort) {
        Eventually.check(
                "the " + destination.describe() + " has " + count + " records",
                timeout,
                () -> {
                    int seen = destination.count();
                    return Eventually.Observation.of(seen == count, seen + " records");
                },
                abort);
    }

    /** No record holds the text anywhere; fails on an empty destination, where the check would prove nothing. */
    public static void containsNowhere(Destination destination, String text) {
        Destination.Snapshot snapshot = destination.read();
        if (snapshot.records().isEmpty()) {
            throw new AssertionError(
                    "The " + destination.describe() + " has no records, so the absence of \"" + text
                            + "\" proves nothing: wait for the data first (e.g. 'Then within 30 seconds the ... has N records')");
        }
        List<String> hits =
                snapshot.texts().stream().filter(t -> t.contains(text)).toList();
        if (!hits.isEmpty()) {
            throw new AssertionError("Expected no record of the " + destination.describe() + " to contain \"" + text
                    + "\", but " + hits.size() + " of " + snapshot.records().size() + " do, e.g.:\n  " + hits.get(0));
        }
    }

    /**
     * Within the timeout every key of the origin arrived in the destination at least once; returns
     * the count, duplicates included. Refuses an empty origin, where it would prove nothing.
     */
    public static Deliveries deliveredAtLeastOnce(
            Destination origin,
            List<String> keyColumns,
            Destination destination,
            Duration timeout,
            Supplier<Optional<String>> abort) {
        List<Map<String, Object>> rows = origin.read().records();
        if (rows.isEmpty()) {
            throw new AssertionError("The " + origin.describe() + " has no rows, so a delivery check proves nothing: "
                    + "give it rows first");
        }
        Deliveries[] last = {null};
        Eventually.check(
                "every one of the " + rows.size() + " rows of the " + origin.describe() + " arrived in the "
                        + destination.describe() + " at least once",
                timeout,
                () -> {
                    last[0] = Deliveries.count(
                            keyColumns, rows, destination.read().records());
                    return Eventually.Observation.of(last[0].nothingLost(), last[0].describe());
                },
                abort);
        return last[0];
    }

    /** As {@link #deliveredAtLeastOnce}, and then no key arrived twice; only where a duplicate would show. */
    public static Deliveries deliveredExactlyOnce(
            Destination origin,
            List<String> keyColumns,
            Destination destination,
            Duration timeout,
            Supplier<Optional<String>> abort) {
        if (!destination.keepsEveryRecord()) {
            throw new AssertionError(
                    "The " + destination.describe() + " keeps one row per key, so a duplicate delivery "
                            + "cannot show there and 'exactly once' would prove nothing. Check a destination that keeps every "
                            + "record (a Kafka topic, an S3 bucket), or check 'at least once' here.");
        }
        Deliveries deliveries = deliveredAtLeastOnce(origin, keyColumns, destination, timeout, abort);
        if (!deliveries.duplicated().isEmpty()) {
            throw new AssertionError("Expected every row of the " + origin.describe() + " to arrive in the "
                    + destination.describe() + " exactly once, but " + deliveries.describe());
        }
        return deliveries;
    }
}
