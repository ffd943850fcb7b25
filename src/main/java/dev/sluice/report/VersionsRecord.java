package dev.sluice.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sluice.docs.VersionsTable;
import dev.sluice.environment.Settings;
import dev.sluice.environment.shared.StageLibraryEntry;
import dev.sluice.sdk.Redactor;
import dev.sluice.sdk.Sha256;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run tried, for the versions page: its environment, core and stage-library versions, which scenarios it
 * selected and how they ended, into {@code target/versions-tried/} (one file per environment, core and selection,
 * so the phases of {@code .ci/run} leave one each). {@link VersionsTable} turns them into the page's table.
 */
public final class VersionsRecord implements ConcurrentEventListener {
    static final Path DIR = Path.of("target", "versions-tried");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> failed = new ArrayList<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(
                TestRunFinished.class, e -> write(e.getInstant().toString()));
    }

    private synchronized void finished(TestCaseFinished e) {
        outcomes.merge(e.getResult().getStatus().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
        if (e.getResult().getStatus() == Status.FAILED) {
            TestCase scenario = e.getTestCase();
            failed.add(failure(
                    scenario.getUri().toString(),
                    scenario.getLocation().getLine(),
                    scenario.getName(),
                    e.getResult().getError()));
        }
    }

    /** Where, which scenario, and the first line of its error, secrets masked (an engine's error can quote them). */
    static String failure(String uri, int line, String name, Throwable error) {
        int features = uri.indexOf("features/");
        String where = (features >= 0 ? uri.substring(features) : uri) + ":" + line;
        String message = error == null ? "" : String.valueOf(error.getMessage()).strip();
        String firstLine = message.lines().findFirst().orElse("");
        if (firstLine.length() > 300) {
            firstLine = firstLine.substring(0, 300) + " …";
        }
        return where + " " + name + (firstLine.isEmpty() ? "" : ": " + Redactor.redact(firstLine));
    }

    private synchronized void write(String finishedAt) {
        if (Boolean.getBoolean("cucumber.execution.dry-run") || outcomes.isEmpty()) {
            return;
        }
        Settings settings = Settings.fromJvm();
        Map<String, String> libraries = new TreeMap<>();
        StageLibraryEntry.all(settings, Path.of("")).forEach(library -> libraries.put(library.id(), library.version()));
        String selection = System.getProperty("cucumber.features", "features/") + " "
                + System.getProperty(
                        "cucumber.filter.tags",
                        settings.find("cucumber.filter.tags").orElse(""));
        VersionsTable.Tried tried = new VersionsTable.Tried(
                settings.get(Settings.ENVIRONMENT),
                settings.get(Settings.KAFKA_VERSION),
                libraries,
                selection.strip(),
                Map.copyOf(outcomes),
                finishedAt,
                List.copyOf(failed));
        Sha256 digest = Sha256.digest();
        digest.addLine(tried.environment() + " " + tried.core() + " " + tried.selection());
        Path file =
                DIR.resolve(tried.environment() + "-" + tried.core().replace('>', '_') + "-" + digest.hex(8) + ".json");
        try {
            Files.createDirectories(DIR);
            JSON.writeValue(file.toFile(), tried);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
