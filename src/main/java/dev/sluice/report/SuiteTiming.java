package dev.sluice.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sluice.sdk.Sha256;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The suite's wall time, parallel or serial, into {@code target/benchmarks/suite-parallelism.json}
 * (a plugin added by {@code ci/suite-parallelism.sh}). A run keeps the other mode's figures when
 * both ran the same scenarios, and then the file gives the speed-up. Measured, never asserted.
 */
public final class SuiteTiming implements ConcurrentEventListener {
    static final Path FILE = Path.of("target", "benchmarks", "suite-parallelism.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Instant started;
    private final Map<String, String> outcomes = new TreeMap<>();
    private double scenarioSeconds;

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, e -> started(e.getInstant()));
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, e -> write(e.getInstant()));
    }

    private synchronized void started(Instant at) {
        started = at;
    }

    private synchronized void finished(TestCaseFinished e) {
        outcomes.put(
                e.getTestCase().getUri() + ":" + e.getTestCase().getLocation().getLine(),
                e.getResult().getStatus().name().toLowerCase());
        scenarioSeconds += e.getResult().getDuration().toMillis() / 1000.0;
    }

    private synchronized void write(Instant at) {
        boolean parallel = Boolean.parseBoolean(System.getProperty("cucumber.execution.parallel.enabled", "false"));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put(
                "wallSeconds",
                BenchmarkReport.round(Duration.between(started, at).toMillis() / 1000.0));
        run.put("threads", parallel ? ScenarioPool.configuredParallelism() : 1);
        run.put("scenarios", outcomes.size());
        run.put("scenarioSeconds", BenchmarkReport.round(scenarioSeconds));
        Map<String, Long> byStatus = new TreeMap<>();
        outcomes.values().forEach(s -> byStatus.merge(s, 1L, Long::sum));
        run.put("outcomes", byStatus);
        run.put("scenarioSet", fingerprint(outcomes.keySet()));
        run.put("measuredAt", at.toString());
        try {
            Map<String, Object> before =
                    Files.isRegularFile(FILE) ? JSON.readValue(FILE.toFile(), Map.class) : Map.of();
            Files.createDirectories(FILE.getParent());
            JSON.writeValue(FILE.toFile(), merge(before, parallel ? "parallel" : "serial", run, ScenarioPool.cores()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + FILE, e);
        }
    }

    /**
     * The file after a run: this run's figures under its mode; the other mode's only if it ran the
     * same scenarios; the speed-up when both are there.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> before, String mode, Map<String, Object> run, int cores) {
        String other = mode.equals("parallel") ? "serial" : "parallel";
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("cores", cores);
        after.put(mode, run);
        if (before.get(other) instanceof Map<?, ?> earlier
                && run.get("scenarioSet").equals(earlier.get("scenarioSet"))) {
            after.put(other, earlier);
            Map<String, Object> parallel = (Map<String, Object>) after.get("parallel");
            Map<String, Object> serial = (Map<String, Object>) after.get("serial");
            double speedUp = ((Number) serial.get("wallSeconds")).doubleValue()
                    / ((Number) parallel.get("wallSeconds")).doubleValue();
            after.put("speedUp", Math.round(speedUp * 100) / 100.0);
        }
        return after;
    }

    static String fingerprint(Iterable<String> scenarios) {
        List<String> sorted = new ArrayList<>();
        scenarios.forEach(sorted::add);
        sorted.sort(null);
        Sha256 digest = Sha256.digest();
        sorted.forEach(digest::addLine);
        return digest.hex(16);
    }
}
