package dev.sluice.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The difference of two stacks' captures, per scenario, per place, per key and per cell, types
 * included: what an upgrade changes in the data. Pure: captures in, lines out.
 */
public final class CaptureDiff {
    /** Lines shown per scenario; the rest are counted. */
    static final int LINES_SHOWN = 50;

    private CaptureDiff() {}

    /** A scenario whose data differ (or that ran on one side only), each difference one line. */
    public record ScenarioDiff(String id, String name, String statusA, String statusB, List<String> differences) {}

    /** The scenarios whose data differ, in the order of their ids. */
    public static List<ScenarioDiff> of(Map<String, Capture> a, Map<String, Capture> b) {
        List<ScenarioDiff> diffs = new ArrayList<>();
        Set<String> ids = new TreeSet<>(a.keySet());
        ids.addAll(b.keySet());
        for (String id : ids) {
            Capture ca = a.get(id);
            Capture cb = b.get(id);
            if (ca == null || cb == null) {
                Capture one = ca == null ? cb : ca;
                diffs.add(new ScenarioDiff(
                        id,
                        one.name(),
                        ca == null ? "not run" : ca.status(),
                        cb == null ? "not run" : cb.status(),
                        List.of("ran on " + (ca == null ? "B" : "A") + " only")));
                continue;
            }
            List<String> lines = places(ca, cb);
            if (!ca.status().equals(cb.status())) {
                lines.add(0, "the scenario " + ca.status() + " on A and " + cb.status() + " on B");
            }
            if (!lines.isEmpty()) {
                diffs.add(new ScenarioDiff(id, ca.name(), ca.status(), cb.status(), shown(lines)));
            }
        }
        return diffs;
    }

    private static List<String> shown(List<String> lines) {
        if (lines.size() <= LINES_SHOWN) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, LINES_SHOWN));
        shown.add("… and " + (lines.size() - LINES_SHOWN) + " more differences");
        return shown;
    }

    private static List<String> places(Capture a, Capture b) {
        Map<String, Capture.Place> pa = byName(a);
        Map<String, Capture.Place> pb = byName(b);
        Set<String> names = new LinkedHashSet<>(pa.keySet());
        names.addAll(pb.keySet());
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            if (!pa.containsKey(name) || !pb.containsKey(name)) {
                lines.add(name + ": read on " + (pa.containsKey(name) ? "A" : "B") + " only");
            } else {
                place(pa.get(name), pb.get(name)).forEach(l -> lines.add(name + ": " + l));
            }
        }
        return lines;
    }

    private static Map<String, Capture.Place> byName(Capture c) {
        Map<String, Capture.Place> m = new LinkedHashMap<>();
        c.places().forEach(p -> m.put(p.place(), p));
        return m;
    }

    /** Per key (the first side's, else the second's), each record by its position among the key's; else as rows. */
    static List<String> place(Capture.Place a, Capture.Place b) {
        List<String> lines = new ArrayList<>();
        if (!a.columns().equals(b.columns())) {
            lines.add("columns " + a.columns() + " → " + b.columns());
        }
        List<String> keys = !a.keyColumns().isEmpty() ? a.keyColumns() : b.keyColumns();
        if (keys.isEmpty() || !a.columns().containsAll(keys) || !b.columns().containsAll(keys)) {
            return unkeyed(a, b, lines);
        }
        Map<String, List<Map<String, Capture.Cell>>> ra = grouped(a, keys);
        Map<String, List<Map<String, Capture.Cell>>> rb = grouped(b, keys);
        Set<String> all = new LinkedHashSet<>(ra.keySet());
        all.addAll(rb.keySet());
        Set<String> columns = new LinkedHashSet<>(a.columns());
        columns.addAll(b.columns());
        // Per column, how many cells changed and from which type to which: the pattern before the cells.
        Map<String, Map<String, Integer>> byColumn = new LinkedHashMap<>();
        List<String> cells = new ArrayList<>();
        for (String key : all) {
            List<Map<String, Capture.Cell>> la = ra.getOrDefault(key, List.of());
            List<Map<String, Capture.Cell>> lb = rb.getOrDefault(key, List.of());
            if (la.isEmpty() || lb.isEmpty()) {
                lines.add("key " + key + ": only on " + (la.isEmpty() ? "B" : "A"));
                continue;
            }
            if (la.size() != lb.size()) {
                lines.add("key " + key + ": " + la.size() + " records on A, " + lb.size() + " on B");
            }
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                String at = "key " + key + (la.size() > 1 || lb.size() > 1 ? " (record " + (i + 1) + ")" : "");
                for (String column : columns) {
                    Capture.Cell ca = la.get(i).get(column);
                    Capture.Cell cb = lb.get(i).get(column);
                    if (!Objects.equals(ca, cb)) {
                        cells.add(at + ": " + column + ": " + cell(ca) + " → " + cell(cb));
                        byColumn.computeIfAbsent(column, c -> new LinkedHashMap<>())
                                .merge(type(ca) + " → " + type(cb), 1, Integer::sum);
                    }
                }
            }
        }
        byColumn.forEach((column, types) -> types.forEach((change, n) -> lines.add(
                "column " + column + ": " + n + (n == 1 ? " cell differs (" : " cells differ (") + change + ")")));
        lines.addAll(cells);
        return lines;
    }

    private static String type(Capture.Cell c) {
        return c == null ? "no such column" : c.type();
    }

    private static List<String> unkeyed(Capture.Place a, Capture.Place b, List<String> lines) {
        List<String> ra =
                a.rows().stream().map(r -> row(a.columns(), r)).sorted().collect(Collectors.toList());
        List<String> rb =
                b.rows().stream().map(r -> row(b.columns(), r)).sorted().collect(Collectors.toList());
        List<String> onlyA = new ArrayList<>(ra);
        rb.forEach(onlyA::remove);
        List<String> onlyB = new ArrayList<>(rb);
        ra.forEach(onlyB::remove);
        onlyA.forEach(r -> lines.add("row only on A: " + r));
        onlyB.forEach(r -> lines.add("row only on B: " + r));
        return lines;
    }

    private static Map<String, List<Map<String, Capture.Cell>>> grouped(Capture.Place p, List<String> keys) {
        Map<String, List<Map<String, Capture.Cell>>> groups = new LinkedHashMap<>();
        for (List<Capture.Cell> row : p.rows()) {
            Map<String, Capture.Cell> cells = new LinkedHashMap<>();
            for (int i = 0; i < p.columns().size(); i++) {
                cells.put(p.columns().get(i), row.get(i));
            }
            String key = keys.stream()
                    .map(k -> k + "="
                            + (cells.get(k) == null ? "NULL" : cells.get(k).value()))
                    .collect(Collectors.joining(", "));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(cells);
        }
        return groups;
    }

    private static String row(List<String> columns, List<Capture.Cell> row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.add(columns.get(i) + "=" + cell(row.get(i)));
        }
        return "{" + String.join(", ", cells) + "}";
    }

    /** {@code '12.5' (BigDecimal)}; NULL with its type where the reader gave one; "absent" where the column is not. */
    static String cell(Capture.Cell c) {
        if (c == null) {
            return "(no such column)";
        }
        return (c.value() == null ? "NULL" : "'" + c.value() + "'") + " (" + c.type() + ")";
    }
}
