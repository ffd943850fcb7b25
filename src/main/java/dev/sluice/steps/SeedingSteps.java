package dev.sluice.steps;

import dev.sluice.report.Means;
import dev.sluice.sdk.format.RecordFormats;
import dev.sluice.sdk.format.SeedsFormattedRecords;
import dev.sluice.sdk.system.ChangesRows;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.KeyedRows;
import dev.sluice.sdk.system.SeedsRawRecords;
import dev.sluice.sdk.system.SharesItsServer;
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

    @Means("a table: creates it (replacing one of that name) and inserts the rows; a topic: as `has records:`")
    @Given("the {endpoint} has rows:")
    public void hasRows(Endpoint endpoint, DataTable rows) {
        context.workspace().seed(endpoint, SeedTable.parse(rows.cells()));
    }

    /** A topic holds records: the same as rows, in the words a Kafka user would choose. */
    @Means("a topic: one JSON-with-schema record per row; a column named `key` becomes the record key, columns "
            + "named `header:<name>` its headers. Read back, every record is a row whatever its format: JSON with or "
            + "without schema, or plain text as the column `value`; a plain key is `key`, a header `header:<name>`")
    @Given("the {endpoint} has records:")
    public void hasRecords(Endpoint endpoint, DataTable records) {
        hasRows(endpoint, records);
    }

    @Means("a topic: the same in a format: `Avro` registers a value schema that follows the header's types under "
            + "`<topic>-value` (a `key` column as an Avro string under `<topic>-key`) and writes Confluent's wire format; "
            + "`JSON` is `has records:`")
    @Given("the {endpoint} has records in {word}:")
    public void hasRecordsIn(Endpoint endpoint, String format, DataTable records) {
        context.workspace()
                .sessionAs(endpoint, SeedsFormattedRecords.class, "take records in a format")
                .seed(endpoint, SeedTable.parse(records.cells()), RecordFormats.byName(format));
    }

    @Means("a topic: one record, no key, its value exactly these bytes (hexadecimal, spaces allowed): to see how "
            + "the checks read what no known format wrote")
    @Given("the {endpoint} has a record whose value is the bytes {string}")
    public void hasRawRecord(Endpoint endpoint, String hex) {
        byte[] value;
        try {
            value = java.util.HexFormat.of().parseHex(hex.replace(" ", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + hex + "' is not a byte sequence in hexadecimal: write two hex "
                            + "digits per byte, spaces allowed (e.g. \"00 00 0f 42 3f\")",
                    e);
        }
        context.workspace()
                .sessionAs(endpoint, SeedsRawRecords.class, "take a record as raw bytes")
                .seedBytes(endpoint, value);
    }

    @Means("a table of a system that keeps several databases on one server: a table of that name, with other "
            + "columns (`neighbour_id`, `note`) and one row, in another database of the same server, as another team's "
            + "would be; dropped with the scenario's database")
    @Given("the {endpoint} also exists, with other columns, in another database of the same server")
    public void existsInNeighbourDatabase(Endpoint endpoint) {
        context.workspace()
                .sessionAs(endpoint, SharesItsServer.class, "have a table of the same name in another database")
                .createInNeighbourDatabase(endpoint);
    }

    @Means(
            "a table with columns `id:int, name, email, ssn, amount:numeric, created:timestamp`; row *i* is always the same (`Customer i`, `customer<i>@example.com`, an SSN-shaped value, `i × 1.25`, 2024-01-01 + *i* minutes)")
    @Given("the {endpoint} has {int} generated rows")
    public void hasGeneratedRows(Endpoint endpoint, int count) {
        rows(endpoint, "be seeded with generated rows").seedGenerated(endpoint, count);
    }

    @Means(
            "the next generated rows after the highest id, in one transaction: a burst of changes for a running pipeline")
    @When("{int} more generated rows are inserted into the {endpoint}")
    public void insertGeneratedRows(int count, Endpoint endpoint) {
        rows(endpoint, "take more generated rows").insertGenerated(endpoint, count);
    }

    @Means("adds the rows (a topic: one record per row, keyed as it was seeded)")
    @When("these rows are inserted into the {endpoint}:")
    public void insert(Endpoint endpoint, DataTable rows) {
        changes(endpoint, "take inserted rows")
                .insert(endpoint, SeedTable.parse(rows.cells()).asTable());
    }

    @Means(
            "rows matched by the table's key (`id` unless marked otherwise), the other given columns set; a topic seeded "
                    + "with columns marked `:key`: a new record of the key, its other fields as the scenario last wrote them")
    @When("these rows of the {endpoint} are updated:")
    public void update(Endpoint endpoint, DataTable rows) {
        changes(endpoint, "take updates")
                .update(endpoint, SeedTable.parse(rows.cells()).asTable());
    }

    @Means("deletes one row by its `id` (a keyed topic: a tombstone of the key)")
    @When("the row with id {int} is deleted from the {endpoint}")
    public void delete(int id, Endpoint endpoint) {
        changes(endpoint, "take deletes").deleteById(endpoint, id);
    }

    /** A table of key values (the key's columns as header): each row names one row to delete. */
    @Means(
            "a table of key values (the key's columns as header); every row must exist; a keyed topic: a tombstone per key")
    @When("these rows are deleted from the {endpoint}:")
    public void deleteRows(Endpoint endpoint, DataTable keys) {
        changes(endpoint, "take deletes")
                .delete(endpoint, SeedTable.parse(keys.cells()).asTable());
    }

    /** The endpoint's rows, changed by key; a system that holds none refuses, saying where a scenario writes instead. */
    private ChangesRows changes(Endpoint endpoint, String what) {
        return context.workspace().sessionAs(endpoint, ChangesRows.class, what);
    }

    /** The endpoint's table rows, made in bulk. */
    private KeyedRows rows(Endpoint endpoint, String what) {
        return context.workspace().sessionAs(endpoint, KeyedRows.class, what);
    }
}
