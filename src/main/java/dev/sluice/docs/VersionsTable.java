package dev.sluice.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The versions page's table of what CI tried: each core × stage-library combination a run of {@code .ci/run} ran,
 * in which environment, on which scenarios, and how they ended; from the records its runs leave
 * ({@code dev.sluice.report.VersionsRecord}), never written by hand.
 */
public final class VersionsTable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One run: environment, core, stage libraries by id, the scenarios it selected, outcomes by status, and each
     * failed scenario (where, its name and the first line of its error, secrets masked); none in older records.
     */
    public record Tried(
            String environment,
            String core,
            Map<String, String> stageLibraries,
            String selection,
            Map<String, Integer> outcomes,
            String finishedAt,
            List<String> failed) {

        public Tried {
            failed = failed == null ? List.of() : List.copyOf(failed);
        }

        boolean passed() {
            return outcomes.getOrDefault("failed", 0) == 0 && outcomes.getOrDefault("passed", 0) > 0;
        }
    }

    private VersionsTable() {}

    /** Reads every record of a directory; none when it does not exist. */
    public static List<Tried> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Tried> all = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                all.add(JSON.readValue(file.toFile(), Tried.class));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the versions tried in " + dir, e);
        }
    }

    /** A Markdown table, newest core first; each row says whether every scenario that ran passed. */
    public static String markdown(List<Tried> runs) {
        StringBuilder md = new StringBuilder(
                "| core | stage libraries | environment | scenarios | result |\n| --- | --- | --- | --- | --- |\n");
        runs.stream()
                .sorted(Comparator.comparing(Tried::core)
                        .reversed()
                        .thenComparing(Tried::environment)
                        .thenComparing(Tried::selection))
                .forEach(run -> md.append("| ")
                        .append(run.core())
                        .append(" | ")
                        .append(new TreeMap<>(run.stageLibraries())
                                .entrySet().stream()
                                        .map(e -> e.getKey() + " " + e.getValue())
                                        .collect(Collectors.joining(", ")))
                        .append(" | ")
                        .append(run.environment())
                        .append(" | `")
                        .append(run.selection())
                        .append("` | ")
                        .append(new TreeMap<>(run.outcomes())
                                .entrySet().stream()
                                        .map(e -> e.getValue() + " " + e.getKey())
                                        .collect(Collectors.joining(", ")))
                        .append(run.passed() ? ": **passed**" : ": **failed**")
                        .append(" |\n"));
        return md.toString();
    }

    /**
     * The failed scenarios of every run, one line each under its run's environment and core; empty when none
     * failed. CI prints it last, so that the end of its log names what failed in which phase.
     */
    public static String failures(List<Tried> runs) {
        StringBuilder text = new StringBuilder();
        for (Tried run : runs) {
            for (String failure : run.failed()) {
                text.append("FAILED (")
                        .append(run.environment())
                        .append(", core ")
                        .append(run.core())
                        .append(") ")
                        .append(failure)
                        .append('\n');
            }
        }
        return text.toString();
    }

    /**
     * {@code VersionsTable <records dir> <markdown file>}: writes the table, prints it and then the failed scenarios
     * (the end of .ci/run).
     */
    public static void main(String[] args) throws IOException {
        List<Tried> runs = read(Path.of(args[0]));
        String table = markdown(runs);
        Files.writeString(Path.of(args[1]), table);
        System.out.print(table);
        System.out.print(failures(runs));
    }
}
