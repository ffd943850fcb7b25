package dev.sluice.sdk.jdbc;

import dev.sluice.verify.Destination;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A destination table of any SQL system, read with SQL; empty while the sink has not created it. */
public record SqlDestination(Table table) implements Destination {

    /** What a SQL system reads of one of its tables. */
    public interface Table {
        String describe();

        /** The columns in order, or empty when the table does not exist (yet). */
        Optional<List<String>> columns();

        /** Every row, as column → value (JDBC types). */
        List<Map<String, Object>> readAll();

        List<String> primaryKey();

        long count();
    }

    @Override
    public String describe() {
        return table.describe();
    }

    @Override
    public Snapshot read() {
        Optional<List<String>> columns = table.columns();
        if (columns.isEmpty()) {
            return new Snapshot(List.of(), Optional.empty(), List.of());
        }
        List<Map<String, Object>> rows = table.readAll();
        return new Snapshot(rows, columns, rows.stream().map(Object::toString).toList());
    }

    /** The table's primary key, as the sink created it; none while the table does not exist. */
    @Override
    public List<String> keyColumns() {
        return table.columns().isEmpty() ? List.of() : table.primaryKey();
    }

    @Override
    public int count() {
        return table.columns().isEmpty() ? 0 : (int) table.count();
    }

    /** A COUNT, not a read of every row. */
    @Override
    public boolean boundsCheaply() {
        return true;
    }
}
