package dev.sluice.report;

import dev.sluice.docs.PhrasebookEntry;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * The phrasebook read from the step definitions themselves: each method's step annotation
 * (keyword and sentence) and its {@link Means}. The README's table and the living documentation's
 * phrasebook page both come from here.
 */
public final class Phrasebook {
    private Phrasebook() {}

    /** The entry of a step definition method; empty for a method that is not one. */
    public static Optional<PhrasebookEntry> of(Method method) {
        String meaning = Optional.ofNullable(method.getAnnotation(Means.class))
                .map(Means::value)
                .orElse("");
        Given given = method.getAnnotation(Given.class);
        When when = method.getAnnotation(When.class);
        Then then = method.getAnnotation(Then.class);
        if (given != null) {
            return Optional.of(new PhrasebookEntry("Given", given.value(), meaning, List.of()));
        }
        if (when != null) {
            return Optional.of(new PhrasebookEntry("When", when.value(), meaning, List.of()));
        }
        return Optional.ofNullable(then).map(t -> new PhrasebookEntry("Then", t.value(), meaning, List.of()));
    }

    /** The README's phrasebook table. */
    public static String markdownTable(List<PhrasebookEntry> entries) {
        StringBuilder table = new StringBuilder("| step | meaning |\n| --- | --- |\n");
        entries.forEach(e -> table.append("| `")
                .append(e.keyword())
                .append(' ')
                .append(e.sentence())
                .append("` | ")
                .append(e.meaning())
                .append(" |\n"));
        return table.toString();
    }
}
