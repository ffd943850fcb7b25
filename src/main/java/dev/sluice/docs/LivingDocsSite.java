package dev.sluice.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The living documentation: a static site a product owner opens from the file system or a CI
 * artifact — a home page of capabilities (features by folder, with narrative and counts, the run,
 * filters) and a page per feature with each scenario's steps, pipeline diagram and data at both
 * ends. Everything is inline: no script, style or font is fetched from anywhere.
 */
public final class LivingDocsSite {
    private LivingDocsSite() {}

    /** Writes {@code index.html} and {@code features/*.html} under {@code dir}; returns the home page. */
    public static Path write(
            RunResults run,
            Map<String, String> runFacts,
            RunHistory history,
            List<PhrasebookEntry> phrasebook,
            Path dir) {
        return write(run, runFacts, history, phrasebook, List.of(), dir);
    }

    /** As above, with pages the home page links first (the conformance matrix). */
    public static Path write(
            RunResults run,
            Map<String, String> runFacts,
            RunHistory history,
            List<PhrasebookEntry> phrasebook,
            List<SitePage> leading,
            Path dir) {
        try {
            Files.createDirectories(dir.resolve("features"));
            Files.writeString(dir.resolve("phrasebook.html"), PhrasebookPage.render(phrasebook));
            for (SitePage page : leading) {
                Files.writeString(dir.resolve(page.file()), head(page.title(), "") + page.body() + "</body></html>\n");
            }
            for (RunResults.Feature f : run.features()) {
                Files.writeString(dir.resolve("features").resolve(pageName(f)), featurePage(f, history));
            }
            return Files.writeString(dir.resolve("index.html"), home(run, runFacts, history, leading));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the living documentation to " + dir, e);
        }
    }

    /** The feature's page, under {@code features/} in the site. */
    public static String pageName(RunResults.Feature feature) {
        return feature.path().replaceAll("\\.feature$", "").replaceAll("[^A-Za-z0-9_-]+", "-") + ".html";
    }

    private static String home(RunResults run, Map<String, String> facts, RunHistory history, List<SitePage> leading) {
        StringBuilder h = new StringBuilder(head("Sluice — living documentation", ""));
        h.append("<header><h1>What our pipelines do</h1>");
        for (SitePage page : leading) {
            h.append("<p class=\"lead\"><a href=\"")
                    .append(escape(page.file()))
                    .append("\">")
                    .append(escape(page.title()))
                    .append("</a>: ")
                    .append(escape(page.summary()))
                    .append("</p>");
        }
        h.append("<p><a href=\"phrasebook.html\">The phrasebook</a>: "
                + "every sentence a feature can use, and what it means</p><p class=\"run\">");
        long passed = count(run, "PASSED");
        long scenarios =
                run.features().stream().mapToLong(f -> f.scenarios().size()).sum();
        h.append(passed).append(" of ").append(scenarios).append(" scenarios passed");
        if (run.started() != null) {
            h.append(" · run ").append(escape(run.started().toString().replaceFirst("\\.\\d+Z$", "Z")));
        }
        h.append(" · took ").append(seconds(run.took()));
        facts.forEach((k, v) -> h.append(" · ").append(escape(k)).append(" ").append(escape(v)));
        h.append("</p></header>\n<nav class=\"filters\">")
                .append("<input id=\"text\" type=\"search\" placeholder=\"Find a feature or scenario\">")
                .append("<select id=\"tag\"><option value=\"\">every tag</option>");
        TreeSet<String> tags = new TreeSet<>();
        run.features().forEach(f -> f.scenarios().forEach(s -> tags.addAll(s.tags())));
        tags.forEach(t -> h.append("<option>").append(escape(t)).append("</option>"));
        h.append("</select><select id=\"status\"><option value=\"\">every status</option>")
                .append("<option>passed</option><option>failed</option><option>skipped</option><option>flaky</option>")
                .append("</select></nav>\n");
        Map<String, List<RunResults.Feature>> byFolder = new TreeMap<>();
        run.features().forEach(f -> byFolder.computeIfAbsent(folder(f), k -> new ArrayList<>())
                .add(f));
        byFolder.forEach((folder, features) -> {
            h.append("<section class=\"folder\"><h2>").append(escape(folder)).append("</h2>\n");
            for (RunResults.Feature f : features) {
                h.append("<article class=\"feature\"><h3><a href=\"features/")
                        .append(escape(pageName(f)))
                        .append("\">")
                        .append(escape(f.name()))
                        .append("</a> <span class=\"counts\">")
                        .append(f.count("PASSED"))
                        .append(" passed");
                long failed = f.scenarios().size() - f.count("PASSED") - f.count("SKIPPED");
                if (failed > 0) {
                    h.append(", <b class=\"failed\">").append(failed).append(" failed</b>");
                }
                if (f.count("SKIPPED") > 0) {
                    h.append(", ").append(f.count("SKIPPED")).append(" skipped");
                }
                h.append("</span></h3>\n<p class=\"narrative\">")
                        .append(escape(firstParagraph(f.description())))
                        .append("</p><ul>\n");
                for (RunResults.Scenario s : f.scenarios()) {
                    boolean flaky = history.isFlaky(f.path(), s.name());
                    h.append("<li class=\"scenario ")
                            .append(status(s.status()))
                            .append("\" data-tags=\"")
                            .append(escape(String.join(" ", s.tags())))
                            .append("\" data-status=\"")
                            .append(status(s.status()))
                            .append("\" data-flaky=\"")
                            .append(flaky)
                            .append("\"><a href=\"features/")
                            .append(escape(pageName(f)))
                            .append("#")
                            .append(anchor(s))
                            .append("\">")
                            .append(escape(s.name()))
                            .append("</a> <span class=\"badge\">")
                            .append(status(s.status()))
                            .append("</span>")
                            .append(flaky ? " <span class=\"badge flaky\">flaky</span>" : "")
                            .append("</li>\n");
                }
                h.append("</ul></article>\n");
            }
            h.append("</section>\n");
        });
        return h.append(SCRIPT).append("</body></html>\n").toString();
    }

    private static String featurePage(RunResults.Feature f, RunHistory history) {
        StringBuilder h = new StringBuilder(head(f.name(), "../"));
        h.append("<header><p><a href=\"../index.html\">← all features</a></p><h1>")
                .append(escape(f.name()))
                .append("</h1><p class=\"path\">")
                .append(escape(f.path()))
                .append(" ")
                .append(escape(String.join(" ", f.tags())))
                .append("</p>");
        for (String paragraph : f.description().split("\\n\\s*\\n")) {
            h.append("<p class=\"narrative\">")
                    .append(escape(paragraph.strip()))
                    .append("</p>");
        }
        h.append("</header>\n");
        for (RunResults.Scenario s : f.scenarios()) {
            ScenarioSection.append(
                    h, s, anchor(s), history.of(f.path(), s.name()), history.isFlaky(f.path(), s.name()));
        }
        return h.append("</body></html>\n").toString();
    }

    /** The scenario's anchor on its feature's page. */
    public static String anchor(RunResults.Scenario s) {
        return "s-" + Integer.toHexString(s.id().hashCode());
    }

    private static String folder(RunResults.Feature f) {
        int slash = f.path().lastIndexOf('/');
        return slash < 0 ? "." : f.path().substring(0, slash);
    }

    private static long count(RunResults run, String status) {
        return run.features().stream().mapToLong(f -> f.count(status)).sum();
    }

    private static String firstParagraph(String description) {
        return description.split("\\n\\s*\\n")[0].replaceAll("\\s+", " ").strip();
    }

    static String status(String status) {
        return switch (status) {
            case "PASSED" -> "passed";
            case "SKIPPED" -> "skipped";
            default -> "failed";
        };
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** Text for HTML: the characters markup reads escaped; null as empty. */
    public static String escape(String s) {
        return s == null ? "" : PipelineSvg.escape(s);
    }

    static String head(String title, String up) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body>\n";
    }

    static final String STYLE = "body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;"
            + "padding:1em;color:#222}a{color:#0b5cad}h1{margin:.2em 0}.run,.path{color:#555}"
            + ".filters{display:flex;gap:.5em;margin:1em 0}.filters input{flex:1;padding:.3em}"
            + ".folder h2{border-bottom:1px solid #ddd;font-size:1.1em;color:#555}"
            + ".feature h3{margin:.6em 0 .1em}.counts{font-weight:normal;color:#555;font-size:.85em}"
            + ".failed{color:#b00020}.narrative{margin:.2em 0 .5em;color:#333}ul{margin:.2em 0}"
            + ".badge{font-size:.75em;border-radius:3px;padding:0 .4em;background:#e6f4ea;color:#136c2e}"
            + "li.failed .badge,.scenario-head.failed .badge{background:#fde7e9;color:#b00020}"
            + "li.skipped .badge{background:#eee;color:#555}.badge.flaky{background:#fff3cd;color:#8a5a00}"
            + ".history span{display:inline-block;width:.9em;text-align:center}"
            + "section.scenario{border-top:1px solid #ddd;margin-top:1.2em;padding-top:.4em}"
            + ".steps{list-style:none;padding-left:0}.steps li{margin:.15em 0}.kw{font-weight:600;color:#6a1b9a}"
            + ".step.failed{background:#fde7e9}.step.skipped{color:#888}"
            + "table{border-collapse:collapse;margin:.3em 0 .6em 1.5em;font-size:.9em}"
            + "td,th{border:1px solid #ccc;padding:.1em .5em;text-align:left}th{background:#f3f3f3}"
            + ".null{color:#999;font-style:italic}.ends{display:flex;gap:1.5em;flex-wrap:wrap}"
            + "svg.pipeline{max-width:100%;height:auto;margin:.5em 0}svg.pipeline rect{fill:#f5f9ff;stroke:#0b5cad}"
            + "svg.pipeline g.processor rect{fill:#fff8e1;stroke:#b26a00}svg.pipeline g.connector rect{fill:#f4f4f4;"
            + "stroke:#777}svg.pipeline text{font:12px system-ui,sans-serif}svg.pipeline text.kind{fill:#666;"
            + "font-size:10px;text-transform:uppercase}pre{background:#f6f6f6;padding:.5em;overflow:auto;"
            + "font-size:.8em;max-height:30em}.hidden{display:none}.lead{font-size:1.1em}"
            + "table.matrix td.cell{text-align:center}td.cell.passed{background:#e6f4ea}td.cell.failed{background:#fde7e9}"
            + "td.cell.refused{background:#f3f3f3}td.cell.not-run{color:#888}";

    private static final String SCRIPT = "<script>(function(){var t=document.getElementById('text'),"
            + "g=document.getElementById('tag'),s=document.getElementById('status');function f(){"
            + "var q=t.value.toLowerCase();document.querySelectorAll('article.feature').forEach(function(a){"
            + "var any=false,title=a.querySelector('h3').textContent.toLowerCase();"
            + "a.querySelectorAll('li.scenario').forEach(function(li){var ok=(!g.value||(' '+li.dataset.tags+' ')"
            + ".indexOf(' '+g.value+' ')>=0)&&(!s.value||li.dataset.status===s.value||(s.value==='flaky'&&"
            + "li.dataset.flaky==='true'))&&(!q||title.indexOf(q)>=0||"
            + "li.textContent.toLowerCase().indexOf(q)>=0);li.classList.toggle('hidden',!ok);any=any||ok;});"
            + "a.classList.toggle('hidden',!any);});}[t,g,s].forEach(function(e){e.addEventListener('input',f);"
            + "e.addEventListener('change',f);});})();</script>\n";
}
