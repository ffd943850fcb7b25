package dev.sluice.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.StepDefinedEvent;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStepFinished;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * For feature writers: when a step is not in the phrasebook (undefined) or matches two sentences
 * (ambiguous), prints the closest phrasebook sentences, so the fix is a copy away.
 */
public class PhrasebookHints implements ConcurrentEventListener {
    private static final int HINTS = 3;
    private final Set<String> phrasebook = new TreeSet<>();
    private final Map<String, String> problems = new LinkedHashMap<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(
                StepDefinedEvent.class, e -> define(e.getStepDefinition().getPattern()));
        publisher.registerHandlerFor(TestStepFinished.class, this::onStep);
        publisher.registerHandlerFor(TestRunFinished.class, e -> printHints());
    }

    /** Each of the parallel runners defines the steps again, at once. */
    private synchronized void define(String pattern) {
        phrasebook.add(pattern);
    }

    private synchronized void onStep(TestStepFinished event) {
        Status status = event.getResult().getStatus();
        if ((status == Status.UNDEFINED || status == Status.AMBIGUOUS)
                && event.getTestStep() instanceof PickleStepTestStep step) {
            String text = step.getStep().getKeyword() + step.getStep().getText();
            problems.putIfAbsent(
                    text,
                    status.name().toLowerCase() + " at "
                            + event.getTestCase().getUri().getPath().replaceAll(".*/features/", "features/") + ":"
                            + step.getStep().getLine());
        }
    }

    private synchronized void printHints() {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder("\nSteps that are not in Sluice's phrasebook:\n");
        problems.forEach((text, where) -> {
            b.append("  ").append(text).append("   (").append(where).append(")\n    closest phrasebook sentences:\n");
            closest(text, phrasebook, HINTS)
                    .forEach(p -> b.append("      ").append(p).append('\n'));
        });
        System.err.println(b);
    }

    /** The phrasebook sentences sharing most words with the step, quoted values and numbers counted as parameters. */
    static List<String> closest(String stepText, Set<String> phrasebook, int count) {
        Set<String> stepWords =
                words(stepText.replaceAll("\"[^\"]*\"", " {string} ").replaceAll("\\b\\d+\\b", " {int} "));
        List<String> ranked = new ArrayList<>(phrasebook);
        ranked.sort((a, b) -> Double.compare(similarity(stepWords, words(b)), similarity(stepWords, words(a))));
        return ranked.subList(0, Math.min(count, ranked.size()));
    }

    private static double similarity(Set<String> a, Set<String> b) {
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        Set<String> common = new TreeSet<>(a);
        common.retainAll(b);
        return union.isEmpty() ? 0 : (double) common.size() / union.size();
    }

    private static Set<String> words(String s) {
        Set<String> words = new TreeSet<>();
        for (String w : s.toLowerCase().replace("^", "").replace("$", "").split("[^a-z{}]+")) {
            if (!w.isBlank()
                    && !Set.of("given", "when", "then", "and", "but", "the", "a")
                            .contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
