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

    @Override
    public int count() {
        return database.columns(table).isEmpty() ? 0 : (int) database.count(table);
    }
}
