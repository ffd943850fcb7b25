package dev.sluice.verify;

import java.util.ArrayList;
import java.util.List;

/** Order-insensitive comparison of two tables with the same header, as multisets of rows. */
public record TableComparison(
        TableData expected, TableData actual, List<List<String>> missing, List<List<String>> unexpected) {

    public static TableComparison of(TableData expected, TableData actual) {
        TableData e = expected.canonical();
        TableData a = actual.canonical();
        List<List<String>> unmatched = new ArrayList<>(a.rows());
        List<List<String>> missing = new ArrayList<>();
        for (List<String> row : e.rows()) {
            if (!unmatched.remove(row)) {
                missing.add(row);
            }
        }
        return new TableComparison(e, a, List.copyOf(missing), List.copyOf(unmatched));
    }

    public boolean matches() {
        return missing.isEmpty() && unexpected.isEmpty();
    }

    /** Per key when the destination has one the expected rows give (see {@link KeyedDifference}), else as rows. */
    public String describeDifference(List<String> keyColumns) {
        return KeyedDifference.of(expected, actual, keyColumns)
                .map(KeyedDifference::describe)
                .orElseGet(this::describeDifference);
    }

    /**
     * The keys of the rows that differ: per key where the rows can be read per key, else the keys of
     * the rows missing and unexpected (a row twice in a log among them); none without key columns.
     */
    public List<RowKey> wrongKeys(List<String> keyColumns) {
        if (keyColumns.isEmpty() || !expected.header().containsAll(keyColumns)) {
            return List.of();
        }
        return KeyedDifference.of(expected, actual, keyColumns)
                .map(KeyedDifference::wrongKeys)
                .orElseGet(() -> {
                    java.util.Set<RowKey> keys = new java.util.LinkedHashSet<>();
                    missing.forEach(row -> keys.add(RowKey.of(keyColumns, expected.header(), row)));
                    unexpected.forEach(row -> keys.add(RowKey.of(keyColumns, expected.header(), row)));
                    return List.copyOf(keys);
                });
    }

    public String describeDifference() {
        StringBuilder b = new StringBuilder();
        if (!missing.isEmpty()) {
            b.append("missing (expected, not seen):\n").append(new TableData(expected.header(), missing).render());
        }
        if (!unexpected.isEmpty()) {
            b.append("unexpected (seen, not expected):\n")
                    .append(new TableData(expected.header(), unexpected).render());
        }
        return b.toString();
    }
}
