package dev.sluice.approval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rewrites steps' data tables in a feature file's text with other rows: each step found by its text
 * (the n-th such step after a scenario's line), each table's indentation and the file's line endings
 * kept, cells escaped as Gherkin reads them and aligned; every other line stays as it was.
 */
public final class FeatureTables {

    /** The new rows (header first) of the table of the {@code occurrence}-th step (0-based) with this text after a line (1-based). */
    public record Replacement(int fromLine, String stepText, int occurrence, List<List<String>> rows) {
        public Replacement {
            rows = List.copyOf(rows);
        }
    }

    private record Located(int first, int end, String indent, List<List<String>> rows) {}

    private FeatureTables() {}

    /**
     * The feature's text with every replacement made. All are located in the text as given, so one
     * does not move another. Refuses, saying why, a step it cannot find, a table with a comment
     * between its rows, or one with {@code <placeholders>} (an outline's rows come from its examples).
     */
    public static String replace(String feature, List<Replacement> replacements) {
        String eol = feature.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(List.of(feature.split("\r?\n", -1)));
        List<Located> located = new ArrayList<>();
        for (Replacement r : replacements) {
            located.add(locate(lines, r));
        }
        located.sort(Comparator.comparingInt(Located::first).reversed());
        for (Located table : located) {
            List<String> rewritten = format(table.rows(), table.indent());
            lines.subList(table.first(), table.end()).clear();
            lines.addAll(table.first(), rewritten);
        }
        return String.join(eol, lines);
    }

    private static Located locate(List<String> lines, Replacement r) {
        int step = findStep(lines, r);
        int first = step + 1;
        int end = first;
        String where = "The table of the step '" + r.stepText() + "' (line " + (step + 1) + ")";
        while (end < lines.size()) {
            String line = lines.get(end).strip();
            if (line.startsWith("#")
                    && end + 1 < lines.size()
                    && lines.get(end + 1).strip().startsWith("|")) {
                throw new IllegalArgumentException(where + " has a comment between its rows: approval would lose "
                        + "its place. Move the comment above the step, or rewrite the table by hand.");
            }
            if (!line.startsWith("|")) {
                break;
            }
            if (line.matches(".*<[^>|]+>.*")) {
                throw new IllegalArgumentException(where + " holds <placeholders>: its values come from a "
                        + "Scenario Outline's Examples, which approval does not rewrite. Change them by hand.");
            }
            end++;
        }
        if (end == first) {
            throw new IllegalArgumentException(where + " is missing: the step has no data table to rewrite.");
        }
        String row = lines.get(first);
        return new Located(first, end, row.substring(0, row.indexOf('|')), r.rows());
    }

    private static int findStep(List<String> lines, Replacement r) {
        int seen = 0;
        for (int i = Math.max(0, r.fromLine() - 1); i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int space = line.indexOf(' ');
            if (space > 0
                    && line.substring(space + 1).strip().equals(r.stepText().strip())
                    && seen++ == r.occurrence()) {
                return i;
            }
        }
        throw new IllegalArgumentException(
                "The step '" + r.stepText() + "' (occurrence " + (r.occurrence() + 1) + ") was not found after line "
                        + r.fromLine() + " of the feature file, where its scenario begins: a Background's steps "
                        + "are not approved, and a file changed during the run cannot be.");
    }

    /** Rows as Gherkin table lines, columns aligned by their widest cell (in characters, not bytes). */
    static List<String> format(List<List<String>> rows, String indent) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[columns];
        List<List<String>> escaped = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                String cell = escape(c < row.size() ? row.get(c) : null);
                width[c] = Math.max(width[c], length(cell));
                cells.add(cell);
            }
            escaped.add(cells);
        }
        List<String> lines = new ArrayList<>();
        for (List<String> cells : escaped) {
            StringBuilder line = new StringBuilder(indent).append('|');
            for (int c = 0; c < columns; c++) {
                String cell = cells.get(c);
                line.append(' ')
                        .append(cell)
                        .append(" ".repeat(width[c] - length(cell)))
                        .append(" |");
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static int length(String cell) {
        return cell.codePointCount(0, cell.length());
    }

    /** As Gherkin reads a cell back: a backslash, a pipe and a line break escaped; NULL as an empty cell. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n");
    }
}
