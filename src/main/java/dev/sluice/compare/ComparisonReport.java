package dev.sluice.compare;

import static dev.sluice.docs.LivingDocsSite.escape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The page of an A/B comparison: both stacks, and every scenario whose data differ, cell by cell. */
public final class ComparisonReport {
    private ComparisonReport() {}

    /** Plain text, for the console and the failure message. */
    public static String text(Stack a, Stack b, int scenarios, List<CaptureDiff.ScenarioDiff> diffs) {
        StringBuilder t = new StringBuilder("A/B comparison: A = ")
                .append(describe(a))
                .append(", B = ")
                .append(describe(b))
                .append("\n")
                .append(scenarios)
                .append(" scenarios compared, ")
                .append(diffs.size())
                .append(diffs.size() == 1 ? " differs" : " differ")
                .append(diffs.isEmpty() ? ": the data are the same, types included.\n" : ":\n");
        for (CaptureDiff.ScenarioDiff d : diffs) {
            t.append("  ")
                    .append(d.name())
                    .append(" (")
                    .append(d.id())
                    .append("; ")
                    .append(d.statusA())
                    .append(" on A, ")
                    .append(d.statusB())
                    .append(" on B)\n");
            d.differences().forEach(line -> t.append("    ").append(line).append('\n'));
        }
        return t.toString();
    }

    public static void writeHtml(Path file, Stack a, Stack b, int scenarios, List<CaptureDiff.ScenarioDiff> diffs) {
        StringBuilder h = new StringBuilder(
                        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A/B comparison</title>"
                                + "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto}td,th{border:1px solid #ccc;"
                                + "padding:.2em .5em;text-align:left}table{border-collapse:collapse}.same{color:#2a7d2a}</style>"
                                + "</head><body>\n<h1>A/B comparison</h1>\n<table><tr><th>A</th><td>")
                .append(escape(describe(a)))
                .append("</td></tr><tr><th>B</th><td>")
                .append(escape(describe(b)))
                .append("</td></tr></table>\n<p>")
                .append(scenarios)
                .append(" scenarios compared; ")
                .append(diffs.size())
                .append(" with different data.</p>\n");
        if (diffs.isEmpty()) {
            h.append("<p class=\"same\">Every destination holds the same data on both stacks, types included.</p>\n");
        }
        for (CaptureDiff.ScenarioDiff d : diffs) {
            h.append("<section class=\"differs\"><h2>")
                    .append(escape(d.name()))
                    .append("</h2><p>")
                    .append(escape(d.id()))
                    .append(" · ")
                    .append(escape(d.statusA()))
                    .append(" on A, ")
                    .append(escape(d.statusB()))
                    .append(" on B</p><ul>");
            d.differences()
                    .forEach(line -> h.append("<li>").append(escape(line)).append("</li>"));
            h.append("</ul></section>\n");
        }
        h.append("</body></html>\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, h);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the comparison's report " + file, e);
        }
    }

    private static String describe(Stack s) {
        return s.written() + " " + s.settings();
    }
}
