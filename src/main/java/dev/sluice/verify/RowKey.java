package dev.sluice.verify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The key of one row as a check compares it: each key column's value as canonical text (see
 * {@link Values#canonical}), null for NULL. What a trace follows along a pipeline.
 */
public record RowKey(Map<String, String> values) {
    public RowKey {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The key of a row given as cells of a header (a {@link TableData} row). */
    public static RowKey of(List<String> keyColumns, List<String> header, List<String> row) {
        Map<String, String> values = new LinkedHashMap<>();
        keyColumns.forEach(c -> values.put(c, row.get(header.indexOf(c))));
        return new RowKey(values);
    }

    /** Whether the record holds this key (its key columns, compared as canonical text). */
    public boolean matches(Map<String, Object> record) {
        return record != null
                && values.entrySet().stream()
                        .allMatch(e -> record.containsKey(e.getKey())
                                && java.util.Objects.equals(e.getValue(), Values.canonical(record.get(e.getKey()))));
    }

    /** E.g. {@code id=2} or {@code region=eu, id=2}; NULL for a null value. */
    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() == null ? "NULL" : e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
