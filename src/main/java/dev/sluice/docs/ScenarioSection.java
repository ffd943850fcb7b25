package dev.sluice.docs;

import static dev.sluice.docs.LivingDocsSite.escape;
import static dev.sluice.docs.LivingDocsSite.status;

import java.util.List;

/** One scenario on its feature's page: steps with their tables, the pipelines drawn, the data at both ends, diagnostics. */
final class ScenarioSection {
    private ScenarioSection() {}

    static void append(
            StringBuilder h, RunResults.Scenario s, String anchor, List<RunHistory.Outcome> history, boolean flaky) {
        h.append("<section class=\"scenario\" id=\"")
                .append(anchor)
                .append("\"><h2 class=\"scenario-head ")
                .append(status(s.status()))
                .append("\">")
                .append(escape(s.name()))
                .append(" <span class=\"badge\">")
                .append(status(s.status()))
                .append("</span> <small>")
                .append(LivingDocsSite.seconds(s.took()))
                .append(" ")
                .append(escape(String.join(" ", s.tags())))
                .append("</small>")
                .append(flaky ? " <span class=\"badge flaky\">flaky</span>" : "")
                .append("</h2>\n");
        if (history.size() > 1) {
            h.append("<p class=\"history\">Last ").append(history.size()).append(" runs: ");
            for (RunHistory.Outcome o : history) {
                h.append("<span class=\"")
                        .append(status(o.status()))
                        .append("\" title=\"")
                        .append(escape(o.run() + ": " + status(o.status()) + ", " + o.millis() + " ms"))
                        .append("\">")
                        .append(o.status().equals("PASSED") ? "✓" : o.status().equals("SKIPPED") ? "–" : "✗")
                        .append("</span>");
            }
            h.append("</p>\n");
        }
        if (!s.description().isBlank()) {
            h.append("<p class=\"narrative\">").append(escape(s.description())).append("</p>\n");
        }
        h.append("<ol class=\"steps\">\n");
        for (RunResults.Step step : s.steps()) {
            h.append("<li class=\"step ")
                    .append(status(step.status()))
                    .append("\"><span class=\"kw\">")
                    .append(escape(step.keyword()))
                    .append("</span> ")
                    .append(escape(step.text()));
            if (!step.table().isEmpty()) {
                table(
                        h,
                        step.table().get(0),
                        step.table().subList(1, step.table().size()));
            }
            if (step.error() != null && !step.error().isBlank()) {
                h.append("<pre>").append(escape(step.error())).append("</pre>");
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n");
        for (RunResults.Attachment a : s.attachments()) {
            if (ScenarioEvidence.MEDIA_TYPE.equals(a.mediaType())) {
                evidence(h, ScenarioEvidence.fromJson(a.body()));
            }
        }
        for (RunResults.Attachment a : s.attachments()) {
            if (a.mediaType().startsWith("text/")) {
                // A trace is why the scenario failed: shown open, where a reader looks first.
                h.append(
                                ScenarioEvidence.TRACE_MEDIA_TYPE.equals(a.mediaType())
                                        ? "<details open class=\"trace\"><summary>"
                                        : "<details><summary>")
                        .append(escape(a.name().isBlank() ? "attachment" : a.name()))
                        .append("</summary><pre>")
                        .append(escape(a.body()))
                        .append("</pre></details>\n");
            }
        }
        h.append("</section>\n");
    }

    private static void evidence(StringBuilder h, ScenarioEvidence evidence) {
        for (PipelinePicture picture : evidence.pipelines()) {
            h.append("<figure><figcaption>Pipeline “")
                    .append(escape(picture.name()))
                    .append("”</figcaption>")
                    .append(PipelineSvg.render(picture))
                    .append("</figure>\n");
        }
        if (evidence.data().isEmpty()) {
            return;
        }
        h.append("<div class=\"ends\">\n");
        for (ScenarioEvidence.Data d : evidence.data()) {
            h.append("<div class=\"data ")
                    .append(escape(d.role()))
                    .append("\"><h3>")
                    .append(escape(caption(d)))
                    .append("</h3>");
            if (d.rows().isEmpty()) {
                h.append("<p>(no rows)</p>");
            } else {
                table(h, d.columns(), d.rows());
            }
            if (d.total() > d.rows().size()) {
                h.append("<p>first ")
                        .append(d.rows().size())
                        .append(" of ")
                        .append(d.total())
                        .append(" rows</p>");
            }
            h.append("</div>\n");
        }
        h.append("</div>\n");
    }

    private static String caption(ScenarioEvidence.Data d) {
        return switch (d.role()) {
            case "origin" -> "Origin: the " + d.endpoint() + " at the end";
            case "destination" -> "Destination: the " + d.endpoint() + " as last checked";
            default -> "The " + d.endpoint() + " as last checked";
        };
    }

    private static void table(StringBuilder h, List<String> header, List<List<String>> rows) {
        h.append("<table><thead><tr>");
        header.forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            h.append("<tr>");
            for (String cell : row) {
                h.append(cell == null ? "<td class=\"null\">NULL</td>" : "<td>" + escape(cell) + "</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }
}
