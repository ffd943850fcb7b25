package dev.sluice.steps;

import dev.sluice.approval.Approvals;
import dev.sluice.approval.FeatureTables;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.verify.TableData;
import io.cucumber.datatable.DataTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A table check that, with {@code -Dsluice.approve=true}, takes a failure as the step's new table:
 * what the destination holds is recorded (see {@link Approvals}) and the scenario says so and goes on.
 */
final class TableApproval {
    private final ScenarioContext context;

    TableApproval(ScenarioContext context) {
        this.context = context;
    }

    /** Runs the check; on failure under approval, records the seen rows ({@code inOrder}: as read, else sorted). */
    void check(String stepText, Endpoint endpoint, DataTable expected, boolean inOrder, Runnable check) {
        int occurrence = context.occurrence(stepText);
        try {
            check.run();
        } catch (AssertionError failed) {
            if (!Approvals.requested(SharedEnvironment.settings(), System.getenv("CI"))) {
                throw failed;
            }
            Path feature = Path.of(context.scenario().getUri());
            int line = context.scenario().getLine();
            String text;
            try {
                text = Files.readString(feature);
            } catch (IOException unreadable) {
                throw new AssertionError(failed.getMessage() + "\nNot approved: " + unreadable, failed);
            }
            if (isExamplesRow(text, line)) {
                throw new AssertionError(
                        failed.getMessage() + "\nNot approved: this scenario comes from a Scenario "
                                + "Outline, whose tables hold values of its Examples. Change them by hand.",
                        failed);
            }
            List<String> header = expected.cells().get(0);
            TableData seen = TableData.project(
                    dev.sluice.verify.SeedTable.parse(expected.cells())
                            .asTable()
                            .header(),
                    context.workspace().destination(endpoint).read().records());
            List<List<String>> rows = new ArrayList<>(seen.rows());
            if (!inOrder) {
                rows.sort(TableApproval::compareRows);
            }
            List<List<String>> table = new ArrayList<>();
            table.add(header);
            table.addAll(rows);
            FeatureTables.Replacement replacement = new FeatureTables.Replacement(line, stepText, occurrence, table);
            try {
                // Found now or never: a step in a Background, or a table approval cannot place, fails as it was.
                FeatureTables.replace(text, List.of(replacement));
            } catch (IllegalArgumentException cannot) {
                throw new AssertionError(failed.getMessage() + "\nNot approved: " + cannot.getMessage(), failed);
            }
            Approvals.record(feature, replacement);
            Hooks.say(
                    context.scenario(),
                    "Approved: the table of '" + stepText + "' will be rewritten with the "
                            + rows.size() + " row(s) seen when the run ends ("
                            + Path.of("").toAbsolutePath().relativize(feature)
                            + "). Review the diff. What failed:\n" + failed.getMessage());
        }
    }

    /** An outline's scenario begins at its Examples row. */
    private static boolean isExamplesRow(String feature, int line) {
        List<String> lines = List.of(feature.split("\r?\n", -1));
        return line >= 1 && line <= lines.size() && lines.get(line - 1).strip().startsWith("|");
    }

    /** Cell by cell, numbers by value (2 before 10), NULL first. */
    private static int compareRows(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compareCells(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareCells(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        try {
            return new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b));
        } catch (NumberFormatException notBothNumbers) {
            return a.compareTo(b);
        }
    }
}
