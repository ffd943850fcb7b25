package dev.sluice.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Rows a feature writes into an origin. Header cells are {@code column} or {@code column:type};
 * untyped columns are text; an empty cell is NULL.
 */
public record SeedTable(List<Column> columns, List<List<String>> rows) {

    /** The phrasebook's column types; each system maps them to its own (see its package). */
    public enum Type {
        INT,
        BIGINT,
        NUMERIC,
        TEXT,
        BOOLEAN,
        TIMESTAMP,
        DATE;

        static Type parse(String name, String headerCell) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "Unknown type '" + name.trim() + "' in the header cell '" + headerCell
                                + "': expected one of "
                                + Arrays.stream(values())
                                        .map(t -> t.name().toLowerCase(Locale.ROOT))
                                        .collect(Collectors.joining(", "))
                                + " (or no type, for text)");
            }
        }
    }

    public record Column(String name, Type type) {}

    public SeedTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Parses a feature's table: the first row is the header, the rest are rows; empty cells become null. */
    public static SeedTable parse(List<List<String>> cells) {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("The table is empty: expected a header row such as | id:int | name |");
        }
        List<Column> columns = new ArrayList<>();
        for (String cell : cells.get(0)) {
            if (cell == null || cell.isBlank()) {
                throw new IllegalArgumentException(
                        "A header cell is empty: every column needs a name, e.g. | id:int | name |");
            }
            int colon = cell.indexOf(':');
            String name = (colon < 0 ? cell : cell.substring(0, colon)).trim();
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException(
                        "'" + name + "' is not a plain column name: use letters, digits and _");
            }
            columns.add(new Column(name, colon < 0 ? Type.TEXT : Type.parse(cell.substring(colon + 1), cell)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : cells.subList(1, cells.size())) {
            rows.add(row.stream().map(c -> c == null || c.isEmpty() ? null : c).collect(Collectors.toList()));
        }
        return new SeedTable(columns, rows);
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    public boolean hasColumn(String name) {
        return names().contains(name);
    }

    public TableData asTable() {
        return new TableData(names(), rows);
    }
}
