package dev.sluice.verify;

import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** The phrasebook's checks of a destination, each an eventual check with a report of what was last seen. */
public final class DestinationAssertions {
    private DestinationAssertions() {}

    /** Within the timeout the destination holds exactly these rows (any order), compared on the header's columns. */
    public static void containsExactly(
            Destination destination, TableData expected, Duration timeout, Supplier<Optional<String>> abort) {
        containsExactly(destination, expected, List.of(), timeout, abort);
    }

    /**
     * As above; {@code rowKeys} name a row where the destination has no key of its own (a topic:
     * {@code id}, or the columns marked {@code :key}), so that a failure names the keys that went wrong.
     */
    public static void containsExactly(
            Destination destination,
            TableData expected,
            List<String> rowKeys,
            Duration timeout,
            Supplier<Optional<String>> abort) {
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
                    String seen = actual.rows().size() + " rows" + when + ":\n"
                            + comparison.actual().render();
                    if (comparison.matches()) {
                        return Eventually.Observation.of(true, seen);
                    }
                    // The key costs the destination a look-up: only a difference needs it.
                    List<String> own = destination.keyColumns();
                    List<String> keys = !own.isEmpty() && expected.header().containsAll(own) ? own : rowKeys;
                    return Eventually.Observation.of(
                            false, seen + comparison.describeDifference(own), comparison.wrongKeys(keys));
                },
                abort);
    }

    public static void hasRecords(
            Destination destination, int count, Duration timeout, Supplier<Optional<String>> abort) {
        try (Destination.Looks looks = destination.looks()) {
            Eventually.check(
                    "the " + destination.describe() + " has " + count + " records",
                    timeout,
                    fewerThan(destination, count),
                    () -> {
                        int seen = looks.count();
                        return Eventually.Observation.of(seen == count, seen + " records");
                    },
                    abort);
        }
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
        int keys = Deliveries.count(keyColumns, rows, List.of()).originKeys();
        try (Destination.Looks looks = destination.looks()) {
            Eventually.check(
                    "every one of the " + rows.size() + " rows of the " + origin.describe() + " arrived in the "
                            + destination.describe() + " at least once",
                    timeout,
                    fewerThan(destination, keys),
                    () -> {
                        last[0] =
                                Deliveries.count(keyColumns, rows, looks.read().records());
                        return Eventually.Observation.of(
                                last[0].nothingLost(), last[0].describe(), last[0].lostKeys(Deliveries.EXAMPLES));
                    },
                    abort);
        }
        return last[0];
    }

    /**
     * Why the destination cannot hold {@code needed} records yet, from its cheap upper bound ({@link
     * Destination#recordsAtMost()}), so that a poll skips reading a large topic or table while rows still flow;
     * nothing where that bound is no cheaper than a read.
     */
    private static Callable<Optional<String>> fewerThan(Destination destination, long needed) {
        return () -> {
            if (!destination.boundsCheaply()) {
                return Optional.empty();
            }
            long atMost = destination.recordsAtMost();
            return atMost < needed
                    ? Optional.of(
                            "at most " + atMost + " records (counted, not read), fewer than the " + needed + " needed")
                    : Optional.empty();
        };
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
            throw new CheckFailure(
                    "Expected every row of the " + origin.describe() + " to arrive in the " + destination.describe()
                            + " exactly once, but " + deliveries.describe(),
                    deliveries.duplicatedKeys(Deliveries.EXAMPLES));
        }
        return deliveries;
    }

    /**
     * Within the timeout the destination holds exactly these rows and, per key, in this order (a
     * topic: the changes of each row as they happened). Only for destinations that keep order.
     */
    public static void containsInOrder(
            Destination destination,
            TableData expected,
            List<String> keyColumns,
            Duration timeout,
            Supplier<Optional<String>> abort) {
        if (!destination.ordered()) {
            throw new AssertionError("The " + destination.describe() + " keeps no order of its records, so "
                    + "'contains, in order' cannot be checked there: use 'contains exactly'");
        }
        if (keyColumns.isEmpty()) {
            throw new AssertionError("Order is checked per key, and the expected rows have none: give a column id, or "
                    + "mark key columns in the header (| sku:text:key |)");
        }
        TableData want = expected.canonical();
        Eventually.check(
                "the " + destination.describe() + " contains, in order per key (" + String.join(", ", keyColumns)
                        + "):\n" + expected.render(),
                timeout,
                () -> {
                    TableData seen = TableData.project(
                                    expected.header(), destination.read().records())
                            .canonical();
                    Map<RowKey, String> wrong = OrderPerKey.differences(want, seen, keyColumns);
                    return Eventually.Observation.of(
                            wrong.isEmpty(),
                            seen.rows().size() + " records, in order:\n" + seen.render()
                                    + (wrong.isEmpty()
                                            ? ""
                                            : "per key (expected → seen):\n  " + String.join("\n  ", wrong.values())),
                            List.copyOf(wrong.keySet()));
                },
                abort);
    }

    /**
     * Within the timeout the destination holds exactly the origin's current rows, one per key,
     * compared on the columns both have (a topic: its latest record per key, deletes removing keys).
     * Refuses an empty origin, where it would prove nothing.
     */
    public static void matches(
            Destination destination,
            Destination origin,
            List<String> keyColumns,
            Duration timeout,
            Supplier<Optional<String>> abort) {
        matches(destination, origin, keyColumns, Set.of(), timeout, abort);
    }

    /**
     * The same, the {@code masked} columns expected as a pipeline's mask leaves them: text {@code ****},
     * a number 0, a boolean false, NULL as NULL.
     */
    public static void matches(
            Destination destination,
            Destination origin,
            List<String> keyColumns,
            Set<String> masked,
            Duration timeout,
            Supplier<Optional<String>> abort) {
        if (keyColumns.isEmpty()) {
            throw new AssertionError("The " + origin.describe() + " has no key, so rows cannot be matched: give it a "
                    + "column named id or a primary key");
        }
        List<Map<String, Object>> first = origin.current(keyColumns);
        if (first.isEmpty()) {
            throw new AssertionError(
                    "The " + origin.describe() + " has no rows, so matching it proves nothing: give it rows first");
        }
        for (String column : masked) {
            if (!first.get(0).containsKey(column)) {
                throw new AssertionError("The " + origin.describe() + " has no column \"" + column
                        + "\" to expect masked: its columns are " + first.get(0).keySet());
            }
        }
        Eventually.check(
                "the " + destination.describe() + " matches the " + origin.describe() + " (by " + keyColumns + ")"
                        + (masked.isEmpty() ? "" : ", " + masked + " masked"),
                timeout,
                () -> {
                    List<Map<String, Object>> want = origin.current(keyColumns).stream()
                            .map(row -> Masks.apply(row, masked))
                            .toList();
                    List<Map<String, Object>> seen = destination.current(keyColumns);
                    List<String> columns =
                            want.isEmpty() ? List.of() : List.copyOf(want.get(0).keySet());
                    List<String> shared = columns.stream()
                            .filter(c -> seen.isEmpty() || seen.get(0).containsKey(c))
                            .toList();
                    TableData expected = TableData.project(shared, want).canonical();
                    TableData actual = TableData.project(shared, seen).canonical();
                    KeyedDifference diff = KeyedDifference.of(expected, actual, keyColumns)
                            .orElseThrow(() -> new IllegalStateException("a key seen twice among the current rows"));
                    boolean same = diff.missingKeys().isEmpty()
                            && diff.unexpectedKeys().isEmpty()
                            && diff.changedRows().isEmpty();
                    return Eventually.Observation.of(
                            same,
                            expected.rows().size() + " rows in the origin, "
                                    + actual.rows().size() + " current in the " + "destination, compared on " + shared
                                    + (same ? "" : ":\n" + diff.describe()),
                            diff.wrongKeys());
                },
                abort);
    }
}
