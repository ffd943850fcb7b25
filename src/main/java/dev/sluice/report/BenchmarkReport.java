package dev.sluice.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures measured by the benchmark feature: written to {@code target/benchmarks/<name>.json} and
 * printed at the end of the run. Measurements, never assertions.
 */
public final class BenchmarkReport {
    private static final Path DIR = Path.of("target", "benchmarks");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<String, Map<String, Object>> FIGURES = new LinkedHashMap<>();
    private static final List<Double> SCENARIO_OVERHEAD_MS = new ArrayList<>();

    private BenchmarkReport() {}

    public static synchronized void record(String name, Map<String, Object> figures) {
        Map<String, Object> withContext = new LinkedHashMap<>(figures);
        withContext.put("cores", Runtime.getRuntime().availableProcessors());
        withContext.put("measuredAt", java.time.Instant.now().toString());
        FIGURES.put(name, withContext);
        try {
            Files.createDirectories(DIR);
            JSON.writeValue(DIR.resolve(name + ".json").toFile(), withContext);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write benchmark figures to " + DIR, e);
        }
    }

    /** Adds a figure to a benchmark recorded earlier in this run, and writes it again. */
    public static synchronized void extend(String name, String key, Object value) {
        Map<String, Object> earlier = FIGURES.get(name);
        if (earlier == null) {
            throw new IllegalStateException(
                    "No benchmark named " + name + " was recorded in this run, so far: " + FIGURES.keySet());
        }
        Map<String, Object> figures = new LinkedHashMap<>(earlier);
        figures.remove("cores");
        figures.remove("measuredAt");
        figures.put(key, value);
        record(name, figures);
    }

    /** Time Sluice itself spent on a scenario: creating its database and removing all it created. */
    public static synchronized void scenarioOverhead(Duration overhead) {
        SCENARIO_OVERHEAD_MS.add(overhead.toNanos() / 1e6);
    }

    public static synchronized List<Double> scenarioOverheadsMs() {
        return List.copyOf(SCENARIO_OVERHEAD_MS);
    }

    /** min, median, p95 and max of the samples, in the samples' unit. */
    public static Map<String, Object> distribution(List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("samples", sorted.size());
        if (!sorted.isEmpty()) {
            d.put("min", round(sorted.get(0)));
            d.put("median", round(sorted.get(sorted.size() / 2)));
            d.put("p95", round(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1))));
            d.put("max", round(sorted.get(sorted.size() - 1)));
        }
        return d;
    }

    public static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Two decimals, for ratios. */
    public static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** One line per benchmark, for the console at the end of the run. */
    public static synchronized void printSummary() {
        if (FIGURES.isEmpty()) {
            return;
        }
        StringBuilder b =
                new StringBuilder("\nBenchmark (written to ").append(DIR).append("/):\n");
        FIGURES.forEach((name, figures) -> {
            Map<String, Object> shown = new LinkedHashMap<>(figures);
            shown.remove("measuredAt");
            b.append("  ").append(name).append(": ").append(shown).append('\n');
        });
        System.out.println(b);
    }
}
