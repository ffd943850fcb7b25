package dev.sluice.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The difference of two tables read per key, as a reader wants it: keys missing, keys unexpected,
 * and for a key in both, each differing cell as expected → seen (like a dbt unit-test diff).
 */
public record KeyedDifference(
        List<String> keyColumns,
        List<String> missingKeys,
        List<String> unexpectedKeys,
        List<String> changedRows,
        List<RowKey> wrongKeys) {

    /** Empty when the tables cannot be read per key: no key, a key column not compared, or a key seen twice. */
    public static Optional<KeyedDifference> of(TableData expected, TableData actual, List<String> keyColumns) {
        if (keyColumns.isEmpty() || !expected.header().containsAll(keyColumns)) {
            return Optional.empty();
        }
        Optional<Map<RowKey, List<String>>> want = byKey(expected, keyColumns);
        Optional<Map<RowKey, List<String>>> seen = byKey(actual, keyColumns);
        if (want.isEmpty() || seen.isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<RowKey> wrong = new ArrayList<>();
        want.get().forEach((key, row) -> {
            List<String> other = seen.get().get(key);
            if (other == null) {
                missing.add(key.toString());
                wrong.add(key);
            } else if (!row.equals(other)) {
                wrong.add(key);
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    if (!String.valueOf(row.get(i)).equals(String.valueOf(other.get(i)))) {
                        cells.add(expected.header().get(i) + ": " + cell(row.get(i)) + " → " + cell(other.get(i)));
                    }
                }
                changed.add(key + ": " + String.join("; ", cells));
            }
        });
        List<RowKey> unexpected = seen.get().keySet().stream()
                .filter(k -> !want.get().containsKey(k))
                .toList();
        wrong.addAll(unexpected);
        return Optional.of(new KeyedDifference(
                List.copyOf(keyColumns),
                missing,
                unexpected.stream().map(RowKey::toString).toList(),
                changed,
                wrong));
    }

    private static Optional<Map<RowKey, List<String>>> byKey(TableData table, List<String> keyColumns) {
        Map<RowKey, List<String>> rows = new LinkedHashMap<>();
        for (List<String> row : table.rows()) {
            RowKey key = RowKey.of(keyColumns, table.header(), row);
            if (rows.put(key, row) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(rows);
    }

    private static String cell(String value) {
        return value == null ? "NULL" : value;
    }

    public String describe() {
        StringBuilder b = new StringBuilder();
        if (!missingKeys.isEmpty()) {
            b.append("keys missing (expected, not seen): ")
                    .append(String.join("; ", missingKeys))
                    .append('\n');
        }
        if (!unexpectedKeys.isEmpty()) {
            b.append("keys unexpected (seen, not expected): ")
                    .append(String.join("; ", unexpectedKeys))
                    .append('\n');
        }
        if (!changedRows.isEmpty()) {
            b.append("rows that differ (expected → seen):\n");
            changedRows.forEach(r -> b.append("  ").append(r).append('\n'));
        }
        return b.toString();
    }
}
