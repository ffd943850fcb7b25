package dev.sluice.conformance;

import static dev.sluice.docs.LivingDocsSite.escape;

import dev.sluice.docs.LivingDocsSite;
import dev.sluice.docs.RunResults;
import dev.sluice.docs.SitePage;
import dev.sluice.sdk.system.DataSystem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The living docs' matrix page: origins as rows, destinations as columns, each cell passed, failed,
 * refused (a pair the registry does not support, whose refusal was checked) or not run, linking to its
 * scenario. Built from the run's results and the registry, so a cell no run reached still shows.
 */
public final class MatrixPage {
    public static final String FILE = "matrix.html";

    private MatrixPage() {}

    /** A cell's outcome in this run. */
    public enum Outcome {
        PASSED("passed"),
        FAILED("failed"),
        REFUSED("refused"),
        NOT_RUN("not run");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static SitePage of(RunResults run, List<DataSystem> systems) {
        Optional<RunResults.Feature> feature = run.features().stream()
                .filter(f -> f.path().endsWith(ConformanceMatrix.FEATURE))
                .findFirst();
        Map<ConformanceMatrix.Cell, Optional<RunResults.Scenario>> scenarios = new LinkedHashMap<>();
        Map<ConformanceMatrix.Cell, Outcome> outcomes = new LinkedHashMap<>();
        for (ConformanceMatrix.Cell cell : ConformanceMatrix.cells(systems)) {
            Optional<RunResults.Scenario> scenario = scenario(cell, feature);
            scenarios.put(cell, scenario);
            outcomes.put(cell, outcome(cell, scenario));
        }
        StringBuilder h = new StringBuilder("<header><p><a href=\"index.html\">← all features</a></p>")
                .append("<h1>The conformance matrix</h1><p class=\"narrative\">Every origin and destination the ")
                .append("registry knows runs the same lifecycle: awkward rows copied, changed while the pipeline ")
                .append("runs, changed again while it is stopped, then compared with the origin, the masked field ")
                .append("masked. A pair the registry does not support must be refused, saying what is.</p>")
                .append("<p class=\"run\">")
                .append(escape(summary(outcomes)))
                .append("</p></header>\n<table class=\"matrix\"><tr><th>origin ↓ / destination →</th>");
        ConformanceMatrix.columns(systems)
                .forEach(d -> h.append("<th>").append(escape(d.phrase())).append("</th>"));
        h.append("</tr>\n");
        for (DataSystem origin : ConformanceMatrix.rows(systems)) {
            h.append("<tr><th>").append(escape(origin.phrase())).append("</th>");
            for (DataSystem destination : ConformanceMatrix.columns(systems)) {
                ConformanceMatrix.Cell cell = new ConformanceMatrix.Cell(origin, destination);
                appendCell(h, cell, outcomes.get(cell), scenarios.get(cell), feature);
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        return new SitePage(FILE, "The conformance matrix", summary(outcomes), h.toString());
    }

    static Outcome outcome(ConformanceMatrix.Cell cell, Optional<RunResults.Scenario> scenario) {
        return scenario.map(s -> switch (s.status()) {
                    case "PASSED" -> cell.supported() ? Outcome.PASSED : Outcome.REFUSED;
                    case "SKIPPED" -> Outcome.NOT_RUN;
                    default -> Outcome.FAILED;
                })
                .orElse(Outcome.NOT_RUN);
    }

    private static Optional<RunResults.Scenario> scenario(
            ConformanceMatrix.Cell cell, Optional<RunResults.Feature> feature) {
        // The last of its name: a scenario run again (a rerun) counts as it ended.
        return feature.flatMap(f ->
                f.scenarios().stream().filter(s -> s.name().equals(cell.name())).reduce((first, last) -> last));
    }

    private static void appendCell(
            StringBuilder h,
            ConformanceMatrix.Cell cell,
            Outcome outcome,
            Optional<RunResults.Scenario> scenario,
            Optional<RunResults.Feature> feature) {
        String css = outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
        h.append("<td class=\"cell ")
                .append(css)
                .append("\" title=\"")
                .append(escape(cell.name()))
                .append("\">");
        if (scenario.isPresent() && outcome != Outcome.NOT_RUN) {
            h.append("<a href=\"features/")
                    .append(escape(LivingDocsSite.pageName(feature.orElseThrow())))
                    .append("#")
                    .append(LivingDocsSite.anchor(scenario.get()))
                    .append("\">")
                    .append(outcome.label())
                    .append("</a>");
        } else {
            h.append(outcome.label());
        }
        h.append("</td>");
    }

    private static String summary(Map<ConformanceMatrix.Cell, Outcome> outcomes) {
        StringBuilder s = new StringBuilder();
        for (Outcome o : Outcome.values()) {
            long n = outcomes.values().stream().filter(o::equals).count();
            if (n > 0) {
                s.append(s.isEmpty() ? "" : ", ").append(n).append(' ').append(o.label());
            }
        }
        return s.append(" of ").append(outcomes.size()).append(" cells").toString();
    }
}
