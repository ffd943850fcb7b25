package dev.sluice.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.sluice.conformance.MatrixPage;
import dev.sluice.docs.LivingDocsSite;
import dev.sluice.docs.PhrasebookEntry;
import dev.sluice.docs.RunHistory;
import dev.sluice.docs.RunResults;
import dev.sluice.environment.Settings;
import dev.sluice.environment.shared.StageLibraryEntry;
import dev.sluice.sdk.Redactor;
import dev.sluice.sdk.system.Systems;
import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the living documentation ({@code target/living-docs/index.html}) from Cucumber's message
 * stream when the run finishes, passed or failed: the same facts every Cucumber report gets,
 * including the scenarios' evidence attachments. Listed in {@code cucumber.properties}.
 */
public final class LivingDocsPlugin implements ConcurrentEventListener {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");
    private static final ObjectMapper MESSAGES = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .setDefaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
    private static final Path SITE = Path.of("target", "living-docs");
    /** Runs a scenario's history shows, and within which passing and failing makes it flaky. */
    private static final int HISTORY_WINDOW = 10;

    private final List<JsonNode> envelopes = new ArrayList<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(Envelope.class, this::collect);
    }

    private synchronized void collect(Envelope envelope) {
        envelopes.add(MESSAGES.valueToTree(envelope));
        if (envelope.getTestRunFinished().isPresent()) {
            try {
                RunResults run = RunResults.of(
                        envelopes, Path.of("").toAbsolutePath().normalize().toString());
                Settings settings = Settings.fromJvm();
                // A dry run ran nothing: its outcomes would mark scenarios as passed in no time.
                RunHistory history = settings.flag("cucumber.execution.dry-run")
                        ? RunHistory.empty()
                        : RunHistory.appendAndLoad(Path.of(settings.get(Settings.HISTORY_DIR)), run, HISTORY_WINDOW);
                Path home = LivingDocsSite.write(
                        run,
                        runFacts(settings),
                        history,
                        phrasebook(),
                        List.of(MatrixPage.of(run, Systems.all())),
                        SITE);
                LOG.info("Living documentation: {}", home);
            } catch (RuntimeException e) {
                LOG.warn("Could not write the living documentation: {}", Redactor.redact(String.valueOf(e)));
            }
        }
    }

    /** Every step definition of the run, with its meaning and examples from the features that ran. */
    private List<PhrasebookEntry> phrasebook() {
        Map<String, List<String>> examples = RunResults.examplesOfStepDefinitions(envelopes, 3);
        List<PhrasebookEntry> entries = new ArrayList<>();
        for (JsonNode e : envelopes) {
            JsonNode definition = e.path("stepDefinition");
            JsonNode method = definition.path("sourceReference").path("javaMethod");
            if (method.isMissingNode()) {
                continue;
            }
            try {
                String sentence = definition.path("pattern").path("source").asText();
                Arrays.stream(Class.forName(method.path("className").asText()).getDeclaredMethods())
                        .filter(m ->
                                m.getName().equals(method.path("methodName").asText()))
                        .map(Phrasebook::of)
                        .flatMap(Optional::stream)
                        .filter(entry -> entry.sentence().equals(sentence))
                        .findFirst()
                        .ifPresent(entry -> entries.add(entry.withExamples(
                                examples.getOrDefault(definition.path("id").asText(), List.of()))));
            } catch (ClassNotFoundException notGlue) {
                // a step definition of another glue: not in the phrasebook
            }
        }
        return entries;
    }

    /** Each stage library with its version (a path as written: its contents are the team's). */
    private static List<String> stageLibraries(Settings settings) {
        try {
            return StageLibraryEntry.all(settings, Path.of("")).stream()
                    .map(e -> e instanceof StageLibraryEntry.LocalPath ? e.entry() : e.id() + " " + e.version())
                    .toList();
        } catch (RuntimeException unreadable) {
            return List.of(settings.get(Settings.STAGE_LIBRARIES));
        }
    }

    private static Map<String, String> runFacts(Settings settings) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("in the", settings.get(Settings.ENVIRONMENT) + " environment");
        facts.put("on Kafka Connect", settings.get(Settings.KAFKA_VERSION));
        facts.put("with stage libraries", String.join(", ", stageLibraries(settings)));
        return facts;
    }
}
