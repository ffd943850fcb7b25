package dev.sluice.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Per key, how the rows of an origin were delivered to a destination: keys lost (never arrived)
 * and keys delivered more than once. Keys are the origin's key columns, compared by meaning.
 */
public record Deliveries(
        List<String> keyColumns,
        int originKeys,
        Map<List<String>, Integer> lost,
        Map<List<String>, Integer> duplicated) {
    /** How many examples of lost or duplicated keys a description names. */
    public static final int EXAMPLES = 10;

    public static Deliveries count(
            List<String> keyColumns, List<Map<String, Object>> origin, List<Map<String, Object>> destination) {
        if (keyColumns.isEmpty()) {
            throw new IllegalArgumentException("Deliveries are counted per key, and the origin has no key: give it a "
                    + "column named id or a primary key");
        }
        Set<List<String>> expected = new LinkedHashSet<>();
        origin.forEach(row -> expected.add(key(keyColumns, row)));
        Map<List<String>, Integer> seen = new LinkedHashMap<>();
        destination.forEach(row -> seen.merge(key(keyColumns, row), 1, Integer::sum));
        Map<List<String>, Integer> lost = new LinkedHashMap<>();
        Map<List<String>, Integer> duplicated = new LinkedHashMap<>();
        for (List<String> key : expected) {
            int times = seen.getOrDefault(key, 0);
            if (times == 0) {
                lost.put(key, 0);
            } else if (times > 1) {
                duplicated.put(key, times);
            }
        }
        return new Deliveries(List.copyOf(keyColumns), expected.size(), lost, duplicated);
    }

    private static List<String> key(List<String> columns, Map<String, Object> row) {
        List<String> key = new ArrayList<>();
        columns.forEach(c -> key.add(Values.canonical(row.get(c))));
        return key;
    }

    public boolean nothingLost() {
        return lost.isEmpty();
    }

    /** Up to {@code limit} keys that never arrived. */
    public List<RowKey> lostKeys(int limit) {
        return keys(lost, limit);
    }

    /** Up to {@code limit} keys that arrived more than once. */
    public List<RowKey> duplicatedKeys(int limit) {
        return keys(duplicated, limit);
    }

    private List<RowKey> keys(Map<List<String>, Integer> which, int limit) {
        return which.keySet().stream()
                .limit(limit)
                .map(values -> {
                    Map<String, String> key = new LinkedHashMap<>();
                    for (int i = 0; i < keyColumns.size(); i++) {
                        key.put(keyColumns.get(i), values.get(i));
                    }
                    return new RowKey(key);
                })
                .toList();
    }

    public int duplicateCount() {
        return duplicated.values().stream().mapToInt(n -> n - 1).sum();
    }

    /** E.g. "20000 keys (id) in the origin: 19990 delivered, 10 lost (e.g. 5, 6), 3 delivered more than once (e.g. 7 ×2)". */
    public String describe() {
        StringBuilder b = new StringBuilder()
                .append(originKeys)
                .append(" keys (")
                .append(String.join(", ", keyColumns))
                .append(") in the origin: ")
                .append(originKeys - lost.size())
                .append(" delivered, ")
                .append(lost.size())
                .append(" lost");
        if (!lost.isEmpty()) {
            b.append(" (e.g. ").append(examples(lost, false)).append(')');
        }
        b.append(", ").append(duplicated.size()).append(" delivered more than once");
        if (!duplicated.isEmpty()) {
            b.append(" (")
                    .append(duplicateCount())
                    .append(" extra records; e.g. ")
                    .append(examples(duplicated, true))
                    .append(')');
        }
        return b.toString();
    }

    private static String examples(Map<List<String>, Integer> keys, boolean withCounts) {
        return keys.entrySet().stream()
                .limit(EXAMPLES)
                .map(e -> String.join("/", e.getKey()) + (withCounts ? " ×" + e.getValue() : ""))
                .collect(Collectors.joining(", "));
    }
}
