package dev.sluice.report;

import dev.sluice.docs.ScenarioEvidence;
import io.cucumber.core.plugin.PrettyFormatter;
import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.ColorAware;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cucumber's {@code pretty} output, one whole scenario at a time: scenarios run in parallel, and
 * Cucumber's own plugin prints each step as it finishes, interleaving them. Each scenario gets a
 * pretty formatter of its own that writes to a buffer, printed when the scenario finishes.
 */
public final class ScenarioConsole implements ConcurrentEventListener, ColorAware {
    private final PrintStream out;
    /** What every scenario's formatter needs to know: sources, pickles, step definitions, test cases. */
    private final List<Envelope> shared = new ArrayList<>();

    private final Map<String, Scenario> running = new HashMap<>();
    private boolean monochrome;

    public ScenarioConsole() {
        this(System.out);
    }

    ScenarioConsole(PrintStream out) {
        this.out = out;
    }

    @Override
    public void setMonochrome(boolean monochrome) {
        this.monochrome = monochrome;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(Envelope.class, this::receive);
    }

    private synchronized void receive(Envelope e) {
        Optional<String> started = e.getTestCaseStarted().map(s -> s.getId());
        if (started.isPresent()) {
            Scenario scenario = new Scenario(monochrome);
            shared.forEach(scenario::write);
            scenario.write(e);
            running.put(started.get(), scenario);
            return;
        }
        Optional<String> of = testCaseStartedId(e);
        if (of.isEmpty()) {
            shared.add(e);
            return;
        }
        Scenario scenario = running.get(of.get());
        if (scenario == null || isEvidence(e)) {
            return;
        }
        scenario.write(e);
        if (e.getTestCaseFinished().isPresent()) {
            running.remove(of.get());
            out.print(scenario.text());
            out.flush();
        }
    }

    /**
     * The scenario's evidence (pipelines and data, several kilobytes of JSON) is for the reports and the living docs;
     * on the console it drowned the steps, failures and hints.
     */
    private static boolean isEvidence(Envelope e) {
        return e.getAttachment()
                .filter(a -> ScenarioEvidence.MEDIA_TYPE.equals(a.getMediaType()))
                .isPresent();
    }

    private static Optional<String> testCaseStartedId(Envelope e) {
        return e.getTestStepStarted()
                .map(s -> s.getTestCaseStartedId())
                .or(() -> e.getTestStepFinished().map(s -> s.getTestCaseStartedId()))
                .or(() -> e.getTestCaseFinished().map(s -> s.getTestCaseStartedId()))
                .or(() -> e.getAttachment().flatMap(a -> a.getTestCaseStartedId()));
    }

    /** One scenario's pretty output, collected. */
    private static final class Scenario {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final List<EventHandler<Envelope>> handlers = new ArrayList<>();

        Scenario(boolean monochrome) {
            PrettyFormatter pretty = new PrettyFormatter(buffer);
            pretty.setMonochrome(monochrome);
            pretty.setEventPublisher(new EventPublisher() {
                @Override
                @SuppressWarnings("unchecked")
                public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
                    if (type == Envelope.class) {
                        handlers.add((EventHandler<Envelope>) handler);
                    }
                }

                @Override
                public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {}
            });
        }

        void write(Envelope e) {
            handlers.forEach(h -> h.receive(e));
        }

        String text() {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }
}
