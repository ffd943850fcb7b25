package dev.sluice.steps;

import dev.sluice.sdk.pipeline.Endpoint.PostgresTable;
import dev.sluice.verify.SeedTable;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

/** Writing into PostgreSQL tables, directly through JDBC. */
public class JdbcSteps {
    private final ScenarioContext context;

    public JdbcSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("the PostgreSQL table {string} has rows:")
    public void tableHasRows(String table, DataTable rows) {
        context.database().createTable(PostgresTable.of(table), SeedTable.parse(rows.cells()));
    }

    @Given("the PostgreSQL table {string} has {int} generated rows")
    public void tableHasGeneratedRows(String table, int count) {
        context.database().createGeneratedTable(PostgresTable.of(table), count);
    }

    @When("these rows are inserted into the PostgreSQL table {string}:")
    public void insert(String table, DataTable rows) {
        context.database().insert(PostgresTable.of(table), SeedTable.parse(rows.cells()).asTable());
    }

    @When("these rows of the PostgreSQL table {string} are updated:")
    public void update(String table, DataTable rows) {
        context.database().update(PostgresTable.of(table), SeedTable.parse(rows.cells()).asTable());
    }

    @When("the row with id {int} is deleted from the PostgreSQL table {string}")
    public void delete(int id, String table) {
        context.database().deleteById(PostgresTable.of(table), id);
    }
}
