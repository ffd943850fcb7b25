package dev.sluice.conformance;

import dev.sluice.sdk.system.ConformanceNotes;
import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.SinkNeedsEngineApart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The conformance matrix as a feature file: one scenario per cell of {@link ConformanceMatrix}, all the
 * same lifecycle on the same awkward rows, so that a pair differs only in its systems. Generated, checked
 * in, and checked to be up to date, so that registering a system without its cells fails a unit test.
 */
public final class MatrixFeature {
    static final String ORIGIN = "ledger";
    static final String DESTINATION = "replica";
    static final String PIPELINE = "ledger-out";

    private static final List<String> SEED_HEADER = List.of(
            "id:int:key",
            "order:bigint",
            "Group",
            "amount:numeric",
            "note",
            "at:timestamp",
            "at_zone:timestamptz",
            "secret");
    private static final List<String> HEADER =
            SEED_HEADER.stream().map(c -> c.split(":")[0]).toList();

    private MatrixFeature() {}

    public static String text(List<DataSystem> systems) {
        StringBuilder out = new StringBuilder();
        out.append("# Generated from the system registry by dev.sluice.conformance.MatrixFeature: do not edit.\n")
                .append("# MatrixFeatureTest fails when it is out of date; run it with -Dsluice.matrix.write=true to\n")
                .append("# write it again (mvn -o test -Dtest=MatrixFeatureTest -Dsluice.matrix.write=true).\n")
                .append(ConformanceMatrix.TAG)
                .append('\n')
                .append("Feature: The conformance matrix: every origin and destination the registry knows\n\n")
                .append("  Every pair of registered systems runs the same lifecycle on the same awkward rows: SQL\n")
                .append(
                        "  keywords and mixed case as column names, unicode, NULLs, 64-bit integers, a 30-digit decimal,\n")
                .append("  timestamps with and without zone. The rows are copied, changed while the pipeline runs,\n")
                .append(
                        "  changed again while it is stopped, and the copy must then match the origin's rows with the\n")
                .append(
                        "  masked field masked. A pair the registry does not support must be refused, saying what is.\n")
                .append("  The living docs' matrix page shows each cell: passed, failed, refused or not run.\n");
        for (ConformanceMatrix.Cell cell : ConformanceMatrix.cells(systems)) {
            out.append('\n');
            out.append(cell.supported() ? lifecycle(cell) : refusal(cell));
        }
        return out.toString();
    }

    private static String lifecycle(ConformanceMatrix.Cell cell) {
        String origin = cell.origin().phrase() + " \"" + ORIGIN + "\"";
        String destination = cell.destination().phrase() + " \"" + DESTINATION + "\"";
        List<String> narrative = new ArrayList<>();
        narrative.add("This fails if a row is lost, duplicated where that shows, changed on the way or left after its "
                + "delete, if a change made while the pipeline is stopped is missed, or if the masked field arrives "
                + "in the clear.");
        note(cell.origin(), ConformanceNotes::asOrigin).ifPresent(narrative::add);
        note(cell.destination(), ConformanceNotes::asDestination).ifPresent(narrative::add);
        StringBuilder s = new StringBuilder();
        s.append(tags(cell))
                .append("  Scenario: ")
                .append(cell.name())
                .append('\n')
                .append(wrap(String.join(" ", narrative)))
                .append("    Given the ")
                .append(origin)
                .append(" has rows:\n")
                .append(table(
                        SEED_HEADER,
                        row(
                                "1",
                                "9223372036854775807",
                                "admins",
                                "123456789012345678901234.123456",
                                "Zoë 用户",
                                "2024-01-01 10:00:00",
                                "2024-01-01 10:00:00+02",
                                "111-11-1111"),
                        row("2", "-9223372036854775808", "", "-0.000001", "", "", "", "222-22-2222")))
                .append("    And a pipeline \"" + PIPELINE + "\" from the " + origin + " to the " + destination + "\n")
                .append("    And the pipeline \"" + PIPELINE + "\" masks the field \"secret\"\n")
                .append("    When the pipeline \"" + PIPELINE + "\" is started\n")
                .append("    And these rows are inserted into the " + origin + ":\n")
                .append(table(
                        HEADER,
                        row(
                                "3",
                                "9007199254740993",
                                "ops",
                                "0",
                                "it's \"select\" ✓",
                                "2024-02-29 23:59:59",
                                "2024-02-29 23:59:59-05",
                                "333-33-3333")))
                .append("    And these rows of the " + origin + " are updated:\n")
                .append(table(List.of("id", "note", "amount"), row("1", "Åsa", "1.5")))
                .append("    And the row with id 2 is deleted from the " + origin + "\n")
                .append(matches(destination, origin))
                .append("    When the pipeline \"" + PIPELINE + "\" is stopped\n")
                .append("    And these rows are inserted into the " + origin + ":\n")
                .append(table(
                        HEADER,
                        row(
                                "4",
                                "0",
                                "Select",
                                "99999999999999999999.999999",
                                "",
                                "1970-01-01 00:00:00",
                                "2000-01-01 00:00:00+00",
                                "444-44-4444")))
                .append("    And these rows of the " + origin + " are updated:\n")
                .append(table(List.of("id", "order", "Group"), row("3", "-1", "")))
                .append("    And the row with id 1 is deleted from the " + origin + "\n")
                .append("    And the pipeline \"" + PIPELINE + "\" is started\n")
                .append(matches(destination, origin))
                .append("    And no record in the " + destination + " contains \"333-33-3333\"\n");
        return s.toString();
    }

    private static String refusal(ConformanceMatrix.Cell cell) {
        String origin = cell.origin().phrase() + " \"" + ORIGIN + "\"";
        String destination = cell.destination().phrase() + " \"" + DESTINATION + "\"";
        String reason = "(" + cell.origin().phrase() + "s are destinations only)";
        return tags(cell) + "  Scenario: " + cell.name() + "\n"
                + wrap("The " + cell.origin().phrase() + " is a destination only: no stage library reads it. The "
                        + "pipeline must be refused before anything is created, saying which pairs are supported.")
                + "    When a pipeline \"" + PIPELINE + "\" moves data from the " + origin + " to the " + destination
                + "\n"
                + "    Then the pipeline \"" + PIPELINE + "\" fails with an error mentioning \"" + reason + "\"\n"
                + "    And the pipeline \"" + PIPELINE + "\" fails with an error mentioning \"Supported: \"\n";
    }

    private static String matches(String destination, String origin) {
        return "    Then within 60 seconds the " + destination + " matches the " + origin
                + ", with the field \"secret\" masked\n";
    }

    /** Each end's system by its id: a filter by system, and how cucumber.properties makes a system's scenarios run alone. */
    private static String tags(ConformanceMatrix.Cell cell) {
        return "  @" + cell.origin().id()
                + (cell.destination().equals(cell.origin())
                        ? ""
                        : " @" + cell.destination().id())
                + (cell.supported() && cell.destination() instanceof SinkNeedsEngineApart
                        ? " " + SinkNeedsEngineApart.TAG
                        : "")
                + "\n";
    }

    private static Optional<String> note(DataSystem system, Function<ConformanceNotes, Optional<String>> which) {
        return system instanceof ConformanceNotes notes ? which.apply(notes) : Optional.empty();
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    /** A Gherkin table, cells padded to their column's width (in characters). */
    @SafeVarargs
    static String table(List<String> header, List<String>... rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(Arrays.asList(rows));
        int[] widths = new int[header.size()];
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                widths[i] =
                        Math.max(widths[i], r.get(i).codePointCount(0, r.get(i).length()));
            }
        }
        return all.stream()
                .map(r -> {
                    StringBuilder line = new StringBuilder("      |");
                    for (int i = 0; i < r.size(); i++) {
                        String cell = r.get(i);
                        line.append(' ')
                                .append(cell)
                                .append(" ".repeat(widths[i] - cell.codePointCount(0, cell.length())))
                                .append(" |");
                    }
                    return line.append('\n').toString();
                })
                .collect(Collectors.joining());
    }

    /** Narrative lines of at most 100 characters, indented under the scenario. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > 96) {
                out.append("    ").append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        return out.append("    ").append(line).append('\n').toString();
    }
}
