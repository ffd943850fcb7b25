package dev.sluice.steps;

import dev.sluice.sdk.system.Endpoint;
import dev.sluice.verify.DestinationAssertions;
import dev.sluice.verify.SeedTable;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import java.time.Duration;

/** Checks of any destination, read directly from it. */
public class DestinationSteps {
    private final ScenarioContext context;

    public DestinationSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("within {int} seconds the {endpoint} contains exactly:")
    public void containsExactly(int seconds, Endpoint endpoint, DataTable rows) {
        DestinationAssertions.containsExactly(
                context.workspace().destination(endpoint),
                SeedTable.parse(rows.cells()).asTable(),
                Duration.ofSeconds(seconds),
                context.workspace()::anyPipelineFailure);
    }

    @Then("within {int} seconds the {endpoint} has {int} records")
    public void hasRecords(int seconds, Endpoint endpoint, int count) {
        DestinationAssertions.hasRecords(
                context.workspace().destination(endpoint),
                count,
                Duration.ofSeconds(seconds),
                context.workspace()::anyPipelineFailure);
    }

    @Then("no record in the {endpoint} contains {string}")
    public void containsNowhere(Endpoint endpoint, String text) {
        DestinationAssertions.containsNowhere(context.workspace().destination(endpoint), text);
    }

    @Then("within {int} seconds the {endpoint} contains, in order:")
    public void containsInOrder(int seconds, Endpoint endpoint, DataTable rows) {
        SeedTable expected = SeedTable.parse(rows.cells());
        DestinationAssertions.containsInOrder(
                context.workspace().destination(endpoint),
                expected.asTable(),
                expected.keyColumns(),
                Duration.ofSeconds(seconds),
                context.workspace()::anyPipelineFailure);
    }

    /** The destination converged on the origin's current rows (after a storm of inserts, updates and deletes). */
    @Then("within {int} seconds the {endpoint} matches the {endpoint}")
    public void matches(int seconds, Endpoint destination, Endpoint origin) {
        DestinationAssertions.matches(
                context.workspace().destination(destination),
                context.workspace().destination(origin),
                context.workspace().originSchema(origin).primaryKey(),
                Duration.ofSeconds(seconds),
                context.workspace()::anyPipelineFailure);
    }
}
