package dev.sluice.docs;

import static dev.sluice.docs.LivingDocsSite.escape;

import java.util.Comparator;
import java.util.List;

/** The phrasebook page: every sentence by keyword, its parameters, what it means and examples from the features. */
final class PhrasebookPage {
    private static final List<String> KEYWORDS = List.of("Given", "When", "Then");

    private PhrasebookPage() {}

    static String render(List<PhrasebookEntry> entries) {
        StringBuilder h = new StringBuilder(LivingDocsSite.head("Sluice — the phrasebook", ""));
        h.append("<header><p><a href=\"index.html\">← all features</a></p><h1>The phrasebook</h1>")
                .append("<p class=\"narrative\">Every sentence a feature can use, read from the step definitions ")
                .append("themselves. <code>{endpoint}</code> is a system's phrase and a quoted name, such as ")
                .append("<code>PostgreSQL table \"customers\"</code>; a sentence ending in a colon takes a table.")
                .append("</p></header>\n");
        for (String keyword : KEYWORDS) {
            h.append("<h2>").append(keyword).append("</h2>\n<dl class=\"phrasebook\">\n");
            entries.stream()
                    .filter(e -> e.keyword().equals(keyword))
                    .sorted(Comparator.comparing(PhrasebookEntry::sentence))
                    .forEach(e -> entry(h, e));
            h.append("</dl>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static void entry(StringBuilder h, PhrasebookEntry e) {
        h.append("<dt><span class=\"kw\">")
                .append(e.keyword())
                .append("</span> ")
                .append(escape(e.sentence()))
                .append("</dt><dd>")
                .append(code(escape(e.meaning())));
        if (!e.parameters().isEmpty()) {
            h.append("<br><small>parameters: ")
                    .append(escape(String.join(", ", e.parameters())))
                    .append("</small>");
        }
        for (String example : e.examples()) {
            h.append("<br><small>e.g. <q>").append(escape(example)).append("</q></small>");
        }
        h.append("</dd>\n");
    }

    /** `text` in a meaning becomes code, as the README writes it. */
    private static String code(String escaped) {
        return escaped.replaceAll("`([^`]+)`", "<code>$1</code>");
    }
}
