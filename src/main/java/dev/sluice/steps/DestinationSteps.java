package dev.sluice.steps;

import dev.sluice.report.Means;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.verify.Destination;
import dev.sluice.verify.DestinationAssertions;
import dev.sluice.verify.SeedTable;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import java.time.Duration;
import java.util.Set;

/** Checks of any destination, read directly from it. */
public class DestinationSteps {
    private final ScenarioContext context;

    private final TableApproval approval;
    private final TracedChecks traced;

    public DestinationSteps(ScenarioContext context) {
        this.context = context;
        this.approval = new TableApproval(context);
        this.traced = new TracedChecks(context);
    }

    @Means(
            "order-insensitive, only the header's columns are compared, an empty cell is NULL; on a table with a key the failure reads per key: keys missing, keys unexpected, and each differing cell as expected → seen; a failure traces up to 5 wrong keys along the pipeline")
    @Then("within {int} seconds the {endpoint} contains exactly:")
    public void containsExactly(int seconds, Endpoint endpoint, DataTable rows) {
        approval.check(
                "within " + seconds + " seconds the " + endpoint.describe() + " contains exactly:",
                endpoint,
                rows,
                false,
                () -> traced.run(endpoint, containsExactlyCheck(context, seconds, endpoint, rows)));
    }

    /** The check of "contains exactly", keyed by the destination's key or else by the table's ({@code id}, {@code :key}). */
    static Runnable containsExactlyCheck(ScenarioContext context, int seconds, Endpoint endpoint, DataTable rows) {
        SeedTable expected = SeedTable.parse(rows.cells());
        return () -> DestinationAssertions.containsExactly(
                context.workspace().destination(endpoint),
                expected.asTable(),
                expected.keyColumns(),
                Duration.ofSeconds(seconds),
                context.workspace()::anyPipelineFailure);
    }

    @Means("exactly that many rows or records, polled until the deadline")
    @Then("within {int} seconds the {endpoint} has {int} record(s)")
    public void hasRecords(int seconds, Endpoint endpoint, int count) {
        DestinationAssertions.hasRecords(
                context.workspace().destination(endpoint),
                count,
                Duration.ofSeconds(seconds),
                context.workspace()::anyPipelineFailure);
    }

    @Means(
            "searched in every column of every row, or in the whole key and value of every record; fails on an empty destination, where it would prove nothing")
    @Then("no record in the {endpoint} contains {string}")
    public void containsNowhere(Endpoint endpoint, String text) {
        DestinationAssertions.containsNowhere(context.workspace().destination(endpoint), text);
    }

    @Means("read once, directly: the read must fail (a record no reader can decode), and its error mention the text")
    @Then("reading the {endpoint} fails with an error mentioning {string}")
    public void readingFails(Endpoint endpoint, String text) {
        Destination.Snapshot read;
        try {
            read = context.workspace().destination(endpoint).read();
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains(text)) {
                return;
            }
            throw new AssertionError(
                    "Reading the " + endpoint.describe() + " failed, but its error does not mention \"" + text + "\":\n"
                            + e.getMessage(),
                    e);
        }
        throw new AssertionError("Expected reading the " + endpoint.describe() + " to fail with an error mentioning \""
                + text + "\", but it read " + read.records().size() + " record(s): " + read.records());
    }

    @Means(
            "a topic: the same records, and per key (`id` or the columns marked `:key`) in this order; rows of different keys may interleave")
    @Then("within {int} seconds the {endpoint} contains, in order:")
    public void containsInOrder(int seconds, Endpoint endpoint, DataTable rows) {
        SeedTable expected = SeedTable.parse(rows.cells());
        approval.check(
                "within " + seconds + " seconds the " + endpoint.describe() + " contains, in order:",
                endpoint,
                rows,
                true,
                () -> traced.run(
                        endpoint,
                        () -> DestinationAssertions.containsInOrder(
                                context.workspace().destination(endpoint),
                                expected.asTable(),
                                expected.keyColumns(),
                                Duration.ofSeconds(seconds),
                                context.workspace()::anyPipelineFailure)));
    }

    /** The destination converged on the origin's current rows (after a storm of inserts, updates and deletes). */
    @Means(
            "the first holds exactly the second's current rows, one per key, on the columns both have; a topic's current rows are its latest record per key, a delete removing the key; the lake's are its latest row per key in commit order, a delete's row removing the key; refused for an empty origin")
    @Then("within {int} seconds the {endpoint} matches the {endpoint}")
    public void matches(int seconds, Endpoint destination, Endpoint origin) {
        matches(seconds, destination, origin, Set.of());
    }

    /** The same, where a pipeline on the way masks a field: its cells are expected as the mask leaves them. */
    @Means("as `matches`, the field's cells expected masked: text `****`, a number 0, NULL as NULL")
    @Then("within {int} seconds the {endpoint} matches the {endpoint}, with the field {string} masked")
    public void matchesMasked(int seconds, Endpoint destination, Endpoint origin, String field) {
        matches(seconds, destination, origin, Set.of(field));
    }

    private void matches(int seconds, Endpoint destination, Endpoint origin, Set<String> masked) {
        traced.run(
                destination,
                () -> DestinationAssertions.matches(
                        context.workspace().destination(destination),
                        context.workspace().destination(origin),
                        context.workspace().originSchema(origin).primaryKey(),
                        masked,
                        Duration.ofSeconds(seconds),
                        context.workspace()::anyPipelineFailure));
    }
}
