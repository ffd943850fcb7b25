package dev.sluice.sdk.jdbc;

import dev.sluice.sdk.system.ColumnChange;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.ReportsColumns;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.TableData;
import java.util.List;

/**
 * A workspace's own database on a SQL server, whatever its dialect ({@code T} is its table name type):
 * what a {@link SqlSession} seeds, changes and reads.
 */
public interface SqlDatabase<T> extends SqlTables<T>, AutoCloseable {

    String name();

    /** The table's columns and key as a pipeline's origin sees them. */
    OriginSchema originSchema(T table);

    /** Creates the table (replacing one of that name) with these rows. */
    void createTable(T table, SeedTable seed);

    /** Creates the table with {@code n} generated rows (id, name, email, ssn, amount, created). */
    void createGeneratedTable(T table, int n);

    /** Inserts {@code n} more generated rows, with the ids after the highest, in one transaction. */
    void insertGeneratedRows(T table, int n);

    void insert(T table, TableData rows);

    /** Updates rows matched by their {@code id}. */
    void update(T table, TableData rows);

    /** Deletes the rows whose key columns hold these values. */
    void delete(T table, TableData keys);

    /** Changes one column of the table (see {@link ColumnChange}); a change the database refuses fails with its message. */
    void change(T table, ColumnChange change);

    /** The table's columns and their types as the database names them, in order; empty when there is no table. */
    List<ReportsColumns.Column> columnTypes(T table);

    /** The table's column names in order, or empty when the table does not exist (yet). */
    @Override
    default java.util.Optional<List<String>> columns(T table) {
        List<String> columns =
                columnTypes(table).stream().map(ReportsColumns.Column::name).toList();
        return columns.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(columns);
    }

    /** How a person reaches this database once it is kept: a shell command and its JDBC URL, with the user. */
    List<String> howToReach();

    /** Closes the connections, leaving the database. */
    @Override
    void close();

    /** Closes the connections and drops the database. */
    void drop();
}
