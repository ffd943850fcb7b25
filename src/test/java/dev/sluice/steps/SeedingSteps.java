package dev.sluice.steps;

import dev.sluice.sdk.system.Endpoint;
import dev.sluice.verify.SeedTable;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

/** Writing into origins directly (SQL for tables, a producer for topics): each system's session does it. */
public class SeedingSteps {
    private final ScenarioContext context;

    public SeedingSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("the {endpoint} has rows:")
    public void hasRows(Endpoint endpoint, DataTable rows) {
        context.workspace().session(endpoint).seed(endpoint, SeedTable.parse(rows.cells()));
    }

    /** A topic holds records: the same as rows, in the words a Kafka user would choose. */
    @Given("the {endpoint} has records:")
    public void hasRecords(Endpoint endpoint, DataTable records) {
        hasRows(endpoint, records);
    }

    @Given("the {endpoint} has {int} generated rows")
    public void hasGeneratedRows(Endpoint endpoint, int count) {
        context.workspace().session(endpoint).seedGenerated(endpoint, count);
    }

    @When("{int} more generated rows are inserted into the {endpoint}")
    public void insertGeneratedRows(int count, Endpoint endpoint) {
        context.workspace().session(endpoint).insertGenerated(endpoint, count);
    }

    @When("these rows are inserted into the {endpoint}:")
    public void insert(Endpoint endpoint, DataTable rows) {
        context.workspace()
                .session(endpoint)
                .insert(endpoint, SeedTable.parse(rows.cells()).asTable());
    }

    @When("these rows of the {endpoint} are updated:")
    public void update(Endpoint endpoint, DataTable rows) {
        context.workspace()
                .session(endpoint)
                .update(endpoint, SeedTable.parse(rows.cells()).asTable());
    }

    @When("the row with id {int} is deleted from the {endpoint}")
    public void delete(int id, Endpoint endpoint) {
        context.workspace().session(endpoint).deleteById(endpoint, id);
    }

    /** A table of key values (the key's columns as header): each row names one row to delete. */
    @When("these rows are deleted from the {endpoint}:")
    public void deleteRows(Endpoint endpoint, DataTable keys) {
        context.workspace()
                .session(endpoint)
                .delete(endpoint, SeedTable.parse(keys.cells()).asTable());
    }
}
