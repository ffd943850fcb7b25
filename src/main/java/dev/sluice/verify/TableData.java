package dev.sluice.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Rows under a header; cells are text and may be null. What a feature expects and what a destination holds. */
public record TableData(List<String> header, List<List<String>> rows) {

    public TableData {
        header = List.copyOf(header);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(
                        "A row has " + row.size() + " cells but the header " + header + " has " + header.size());
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
    }

    /** The given columns of records read as maps; a field a record lacks reads as null. */
    public static TableData project(List<String> header, List<Map<String, Object>> records) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> record : records) {
            List<String> row = new ArrayList<>();
            header.forEach(column -> row.add(Values.canonical(record.get(column))));
            rows.add(row);
        }
        return new TableData(header, rows);
    }

    /** The same table with every cell in canonical form. */
    public TableData canonical() {
        return new TableData(
                header,
                rows.stream()
                        .map(r -> r.stream().map(Values::text).collect(Collectors.toList()))
                        .toList());
    }

    /** A Gherkin-style table, with NULL written as an empty cell. */
    public String render() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], cell(row.get(i)).length());
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, header, widths);
        rows.forEach(r -> line(b, r, widths));
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells, int[] widths) {
        b.append("  |");
        for (int i = 0; i < cells.size(); i++) {
            String c = cell(cells.get(i));
            b.append(' ').append(c).append(" ".repeat(widths[i] - c.length())).append(" |");
        }
        b.append('\n');
    }

    private static String cell(String value) {
        return value == null ? "" : value;
    }
}
