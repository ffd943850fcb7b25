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
