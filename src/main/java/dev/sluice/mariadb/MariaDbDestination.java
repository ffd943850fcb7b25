package dev.sluice.mariadb;

import dev.sluice.sdk.jdbc.SqlDestination;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A MariaDB table as a destination, read with SQL. */
record MariaDbDestination(MariaDbDatabase database, MariaDbTable table) implements SqlDestination.Table {

    @Override
    public String describe() {
        return table.describe();
    }

    @Override
    public Optional<List<String>> columns() {
        return database.columns(table);
    }

    @Override
    public List<Map<String, Object>> readAll() {
        return database.readAll(table);
    }

    @Override
    public List<String> primaryKey() {
        return database.primaryKey(table);
    }

    @Override
    public long count() {
        return database.count(table);
    }
}
