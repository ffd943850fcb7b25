package dev.sluice.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rows of each key in the order they appear: what a log promises, compared key by key. */
final class OrderPerKey {
    private OrderPerKey() {}

    /** For each key whose rows differ in content or order: "id=1: [a, b] → [b, a]"; empty when all agree. */
    static Map<RowKey, String> differences(TableData expected, TableData seen, List<String> keyColumns) {
        Map<RowKey, List<List<String>>> want = group(expected, keyColumns);
        Map<RowKey, List<List<String>>> got = group(seen, keyColumns);
        Set<RowKey> keys = new LinkedHashSet<>(want.keySet());
        keys.addAll(got.keySet());
        Map<RowKey, String> differences = new LinkedHashMap<>();
        for (RowKey key : keys) {
            List<List<String>> w = want.getOrDefault(key, List.of());
            List<List<String>> g = got.getOrDefault(key, List.of());
            if (!w.equals(g)) {
                differences.put(key, key + ": " + render(w) + " → " + render(g));
            }
        }
        return differences;
    }

    private static Map<RowKey, List<List<String>>> group(TableData table, List<String> keyColumns) {
        Map<RowKey, List<List<String>>> rows = new LinkedHashMap<>();
        for (List<String> row : table.rows()) {
            rows.computeIfAbsent(RowKey.of(keyColumns, table.header(), row), k -> new ArrayList<>())
                    .add(row);
        }
        return rows;
    }

    private static String render(List<List<String>> rows) {
        return rows.isEmpty() ? "(none)" : rows.toString();
    }
}
