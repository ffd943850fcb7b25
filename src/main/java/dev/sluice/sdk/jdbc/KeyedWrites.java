package dev.sluice.sdk.jdbc;

import dev.sluice.verify.TableData;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Inserts, updates and deletes of a scenario's rows in one SQL table, matched by the table's key:
 * the statements every SQL system writes, with identifiers quoted in the system's own way.
 */
public record KeyedWrites(JdbcPool pool, String quotedTable, String description, UnaryOperator<String> quote) {

    public void insert(TableData rows) {
        String sql = "INSERT INTO " + quotedTable + " ("
                + rows.header().stream().map(quote).collect(Collectors.joining(", ")) + ") VALUES ("
                + rows.header().stream().map(h -> "?").collect(Collectors.joining(", ")) + ")";
        pool.batch(sql, rows.rows());
    }

    /** Updates rows matched by {@code key} (which each row must give); the other given columns are set. */
    public void update(List<String> key, TableData rows) {
        requireKey(key, rows, "update");
        List<String> set = rows.header().stream().filter(h -> !key.contains(h)).toList();
        String sql = "UPDATE " + quotedTable + " SET "
                + set.stream().map(c -> quote.apply(c) + " = ?").collect(Collectors.joining(", ")) + " WHERE "
                + matching(key);
        List<List<String>> params = new ArrayList<>();
        for (List<String> row : rows.rows()) {
            List<String> p = new ArrayList<>();
            set.forEach(c -> p.add(row.get(rows.header().indexOf(c))));
            key.forEach(c -> p.add(row.get(rows.header().indexOf(c))));
            params.add(p);
        }
        requireEachMatched(
                "update",
                key,
                params.stream().map(p -> p.subList(set.size(), p.size())).toList(),
                pool.batch(sql, params));
    }

    /** Deletes the rows whose key columns (the header, all of {@code key}) hold these values. */
    public void delete(List<String> key, TableData keys) {
        requireKey(key, keys, "delete");
        if (!key.containsAll(keys.header())) {
            throw new IllegalArgumentException("Rows to delete are given by their key " + key + " only, but the table "
                    + "also names "
                    + keys.header().stream().filter(h -> !key.contains(h)).toList());
        }
        List<List<String>> params = keys.rows().stream()
                .map(row ->
                        key.stream().map(c -> row.get(keys.header().indexOf(c))).toList())
                .toList();
        requireEachMatched(
                "delete", key, params, pool.batch("DELETE FROM " + quotedTable + " WHERE " + matching(key), params));
    }

    private void requireKey(List<String> key, TableData rows, String what) {
        if (!rows.header().containsAll(key)) {
            throw new IllegalArgumentException("Rows to " + what + " in the " + description + " are matched by its key "
                    + key + ", but the table given has only the columns " + rows.header());
        }
    }

    private String matching(List<String> key) {
        return key.stream().map(c -> quote.apply(c) + " = ?").collect(Collectors.joining(" AND "));
    }

    private void requireEachMatched(String what, List<String> key, List<List<String>> keys, int[] counts) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new IllegalArgumentException(
                        "No row with " + key + " = " + keys.get(i) + " in the " + description + " to " + what);
            }
        }
    }
}
