package dev.sluice.steps;

import dev.sluice.report.Means;
import dev.sluice.sdk.system.ColumnChange;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.EvolvesColumns;
import dev.sluice.sdk.system.ReportsColumns;
import dev.sluice.verify.Eventually;
import dev.sluice.verify.SeedTable;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/** Schemas that change under running pipelines: columns added, dropped, renamed, retyped; and the shapes that result. */
public class SchemaSteps {
    private final ScenarioContext context;

    public SchemaSteps(ScenarioContext context) {
        this.context = context;
    }

    @Means(
            "`ALTER TABLE … ADD COLUMN`, of a type as a header cell writes it (`bigint`, `varchar(20)`); rows before it hold NULL")
    @When("the column {string} of type {string} is added to the {endpoint}")
    public void add(String column, String type, Endpoint endpoint) {
        change(endpoint, new ColumnChange.Add(column, SeedTable.Column.typed(column, type), null));
    }

    @Means("the same, with a default (a literal the database converts) that rows before it get too")
    @When("the column {string} of type {string} with default {string} is added to the {endpoint}")
    public void addWithDefault(String column, String type, String defaultValue, Endpoint endpoint) {
        change(endpoint, new ColumnChange.Add(column, SeedTable.Column.typed(column, type), defaultValue));
    }

    @Means("`ALTER TABLE … DROP COLUMN`")
    @When("the column {string} is dropped from the {endpoint}")
    public void drop(String column, Endpoint endpoint) {
        change(endpoint, new ColumnChange.Drop(column));
    }

    @Means("`ALTER TABLE … RENAME COLUMN`")
    @When("the column {string} of the {endpoint} is renamed to {string}")
    public void rename(String column, Endpoint endpoint, String to) {
        change(endpoint, new ColumnChange.Rename(column, to));
    }

    @Means(
            "a new type for the column (`int` to `bigint`, `varchar(n)` to `text`), its values converted by the database")
    @When("the column {string} of the {endpoint} is changed to type {string}")
    public void retype(String column, Endpoint endpoint, String type) {
        change(endpoint, new ColumnChange.Retype(column, SeedTable.Column.typed(column, type)));
    }

    @Means(
            "polled until the deadline: the columns and types the system itself reports, in any order (a table: its SQL types; the lake: its Iceberg types; a topic: the Connect types of its latest record's schema, Avro's read through the registry)")
    @Then("within {int} seconds the {endpoint} has the columns:")
    public void hasColumns(int seconds, Endpoint endpoint, DataTable expected) {
        List<ReportsColumns.Column> wanted = expected.asLists().stream()
                .skip(1)
                .map(row -> new ReportsColumns.Column(row.get(0), row.get(1)))
                .toList();
        ReportsColumns session = context.workspace().sessionAs(endpoint, ReportsColumns.class, "report its columns");
        Eventually.check(
                "the " + endpoint.describe() + " has the columns " + text(wanted),
                Duration.ofSeconds(seconds),
                () -> {
                    List<ReportsColumns.Column> seen = session.columns(endpoint);
                    return Eventually.Observation.of(
                            seen.size() == wanted.size() && new HashSet<>(seen).equals(new HashSet<>(wanted)),
                            text(seen));
                },
                context.workspace()::anyPipelineFailure);
    }

    private void change(Endpoint endpoint, ColumnChange change) {
        context.workspace()
                .sessionAs(endpoint, EvolvesColumns.class, "have its columns changed")
                .change(endpoint, change);
    }

    private static String text(List<ReportsColumns.Column> columns) {
        return columns.isEmpty()
                ? "(none: no table or record yet)"
                : columns.stream().map(c -> c.name() + " " + c.type()).collect(Collectors.joining(", "));
    }
}
