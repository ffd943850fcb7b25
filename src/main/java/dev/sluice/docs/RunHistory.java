package dev.sluice.docs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The outcomes of earlier runs, one JSON file per run in a directory that CI keeps between runs
 * ({@code sluice.history.dir}). Per scenario: the recent outcomes and durations, and whether it is
 * flaky — it both passed and failed within the window.
 */
public final class RunHistory {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Outcome>> OUTCOMES = new TypeReference<>() {};

    /** One scenario in one run. */
    public record Outcome(String run, String feature, String scenario, String status, long millis) {}

    private final Map<String, List<Outcome>> byScenario;

    private RunHistory(Map<String, List<Outcome>> byScenario) {
        this.byScenario = byScenario;
    }

    public static RunHistory empty() {
        return new RunHistory(Map.of());
    }

    /** Records this run in the directory, then reads the last {@code window} runs, oldest first. */
    public static RunHistory appendAndLoad(Path dir, RunResults run, int window) {
        try {
            Files.createDirectories(dir);
            String id = (run.started() == null ? Instant.now() : run.started())
                    .toString()
                    .replace(':', '-');
            List<Outcome> outcomes = new ArrayList<>();
            for (RunResults.Feature f : run.features()) {
                for (RunResults.Scenario s : f.scenarios()) {
                    outcomes.add(new Outcome(
                            id, f.path(), s.name(), s.status(), s.took().toMillis()));
                }
            }
            JSON.writeValue(dir.resolve("run-" + id + ".json").toFile(), outcomes);
            List<Path> runs = runFiles(dir);
            Map<String, List<Outcome>> byScenario = new LinkedHashMap<>();
            for (Path file : runs.subList(Math.max(0, runs.size() - window), runs.size())) {
                for (Outcome o : JSON.readValue(file.toFile(), OUTCOMES)) {
                    byScenario
                            .computeIfAbsent(key(o.feature(), o.scenario()), k -> new ArrayList<>())
                            .add(o);
                }
            }
            return new RunHistory(byScenario);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the run history in " + dir, e);
        }
    }

    /**
     * Each scenario's duration in the latest run that ran it (passed or failed), keyed
     * {@code feature:scenario}; empty when the directory holds no history.
     */
    public static Map<String, Long> lastDurations(Path dir) {
        Map<String, Long> durations = new java.util.HashMap<>();
        if (!Files.isDirectory(dir)) {
            return durations;
        }
        try {
            for (Path file : runFiles(dir)) {
                for (Outcome o : JSON.readValue(file.toFile(), OUTCOMES)) {
                    // 0 ms: a dry run (or a scenario skipped on its first step) says nothing of how long it takes.
                    if ((o.status().equals("PASSED") || o.status().equals("FAILED")) && o.millis() > 0) {
                        durations.put(o.feature() + ":" + o.scenario(), o.millis());
                    }
                }
            }
        } catch (IOException e) {
            // A history that cannot be read balances nothing: shards then split by count.
            return Map.of();
        }
        return durations;
    }

    /** The runs' files, oldest first (their names start with the run's instant). */
    private static List<Path> runFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("run-.*\\.json"))
                    .sorted()
                    .toList();
        }
    }

    /** The scenario's outcomes in the window, oldest first (this run last). */
    public List<Outcome> of(String feature, String scenario) {
        return byScenario.getOrDefault(key(feature, scenario), List.of());
    }

    /** Passed and failed (not skipped) within the window. */
    public boolean isFlaky(String feature, String scenario) {
        List<Outcome> outcomes = of(feature, scenario);
        return outcomes.stream().anyMatch(o -> o.status().equals("PASSED"))
                && outcomes.stream()
                        .anyMatch(
                                o -> !o.status().equals("PASSED") && !o.status().equals("SKIPPED"));
    }

    private static String key(String feature, String scenario) {
        return feature + "\n" + scenario;
    }
}
