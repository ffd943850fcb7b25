package dev.sluice.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rows a feature writes into an origin. Header cells are {@code column} or {@code column:type};
 * untyped columns are text; an empty cell is NULL.
 */
public record SeedTable(List<Column> columns, List<List<String>> rows) {

    /** The phrasebook's column types; each system maps them to its own (see its package). */
    public enum Type {
        INT("int"),
        BIGINT("bigint"),
        NUMERIC("numeric"),
        TEXT("text"),
        BOOLEAN("boolean"),
        TIMESTAMP("timestamp"),
        DATE("date"),
        DOUBLE("double"),
        VARCHAR("varchar(n)"),
        TIMESTAMPTZ("timestamptz"),
        JSONB("jsonb"),
        UUID("uuid"),
        BYTEA("bytea"),
        TEXT_ARRAY("text[]");

        private static final Pattern VARCHAR_N = Pattern.compile("varchar\\((\\d{1,5})\\)");
        private final String written;

        Type(String written) {
            this.written = written;
        }

        /** How a header cell writes it. */
        public String written() {
            return written;
        }

        static Column column(String name, String type, boolean key, String headerCell) {
            String t = type.trim().toLowerCase(Locale.ROOT);
            Matcher varchar = VARCHAR_N.matcher(t);
            if (varchar.matches()) {
                return new Column(name, VARCHAR, Integer.parseInt(varchar.group(1)), key);
            }
            for (Type candidate : values()) {
                if (candidate != VARCHAR && candidate.written.equals(t)) {
                    return new Column(name, candidate, 0, key);
                }
            }
            throw new IllegalArgumentException("Unknown type '" + type.trim() + "' in the header cell '" + headerCell
                    + "': expected one of "
                    + Arrays.stream(values()).map(Type::written).collect(Collectors.joining(", "))
                    + " (or no type, for text), optionally followed by :key (e.g. | sku:text:key |)");
        }
    }

    /** A column: its name, type ({@code length} for varchar(n)), and whether it is part of the key. */
    public record Column(String name, Type type, int length, boolean key) {
        public Column(String name, Type type) {
            this(name, type, 0, false);
        }

        /** A column of a type as a header cell writes it ({@code bigint}, {@code varchar(20)}); unknown types list the known. */
        public static Column typed(String name, String type) {
            return Type.column(name, type, false, name + ":" + type);
        }
    }

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
            if (cell.trim().matches("header:[A-Za-z0-9_.-]+")) {
                // A record header of a topic: its value is text.
                columns.add(new Column(cell.trim(), Type.TEXT, 0, false));
                continue;
            }
            String[] parts = cell.split(":", -1);
            String name = parts[0].trim();
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException(
                        "'" + name + "' is not a plain column name: use letters, digits and _");
            }
            boolean key = parts.length > 1 && parts[parts.length - 1].trim().equalsIgnoreCase("key");
            int typeParts = parts.length - 1 - (key ? 1 : 0);
            if (typeParts > 1) {
                throw new IllegalArgumentException("The header cell '" + cell + "' has too many parts: write column, "
                        + "column:type or column:type:key (e.g. | sku:text:key |)");
            }
            String type = typeParts == 1 ? parts[1] : "";
            columns.add(type.isBlank() ? new Column(name, Type.TEXT, 0, key) : Type.column(name, type, key, cell));
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

    /** The columns marked {@code :key}; with none marked, a column named {@code id}; else none. */
    public List<String> keyColumns() {
        List<String> marked =
                columns.stream().filter(Column::key).map(Column::name).toList();
        return !marked.isEmpty() ? marked : hasColumn("id") ? List.of("id") : List.of();
    }

    public boolean hasColumn(String name) {
        return names().contains(name);
    }

    public TableData asTable() {
        return new TableData(names(), rows);
    }
}
