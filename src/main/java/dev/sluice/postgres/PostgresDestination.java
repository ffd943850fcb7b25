package dev.sluice.postgres;

import dev.sluice.verify.Destination;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A destination table, read with SQL. */
public record PostgresDestination(PostgresDatabase database, PostgresTable table) implements Destination {

    @Override
    public String describe() {
        return table.describe();
    }

    @Override
    public Snapshot read() {
        Optional<List<String>> columns = database.columns(table);
        if (columns.isEmpty()) {
            return new Snapshot(List.of(), Optional.empty(), List.of());
        }
        List<Map<String, Object>> rows = database.readAll(table);
        return new Snapshot(rows, columns, rows.stream().map(Object::toString).toList());
    }

    /** The table's primary key, as the sink created it; none while the table does not exist. */
    @Override
    public List<String> keyColumns() {
        return database.columns(table).isEmpty()
                ? List.of()
                : database.originSchema(table).primaryKey();
    }

    @Override
    public int count() {
        return database.columns(table).isEmpty() ? 0 : (int) database.count(table);
    }
}
