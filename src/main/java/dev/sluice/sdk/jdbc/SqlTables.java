package dev.sluice.sdk.jdbc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A database's tables as a destination reads them, whatever its SQL dialect: {@code T} is its table name type. */
public interface SqlTables<T> {

    /** The table's columns in order; empty when there is no such table (yet). */
    Optional<List<String>> columns(T table);

    List<Map<String, Object>> readAll(T table);

    List<String> primaryKey(T table);

    long count(T table);

    /** A table of such a database as a destination, read with SQL. */
    record Destination<T>(SqlTables<T> database, T table, String describe) implements SqlDestination.Table {

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
}
