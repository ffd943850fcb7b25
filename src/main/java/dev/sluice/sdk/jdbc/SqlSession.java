package dev.sluice.sdk.jdbc;

import dev.sluice.sdk.system.ColumnChange;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.EvolvesColumns;
import dev.sluice.sdk.system.KeyedRows;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.ReportsColumns;
import dev.sluice.verify.Destination;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.TableData;
import java.util.List;

/**
 * A SQL system's part of a workspace: its own database, created when the session opens and dropped
 * on close (or kept, saying how to reach it). The same for every SQL system; each says how an
 * endpoint names a table ({@link #table}) and what system it is.
 */
public abstract class SqlSession<T extends Endpoint, D extends SqlDatabase<T>>
        implements KeyedRows, EvolvesColumns, ReportsColumns {
    private final String title;
    private D database;

    /** {@code title} names the system in errors, e.g. {@code PostgreSQL}. */
    protected SqlSession(String title, D database) {
        this.title = title;
        this.database = database;
    }

    /** The table an endpoint of this system names. */
    protected abstract T table(Endpoint endpoint);

    /** The workspace's database. */
    public synchronized D database() {
        if (database == null) {
            throw new IllegalStateException("This workspace's " + title + " session is closed");
        }
        return database;
    }

    @Override
    public OriginSchema describe(Endpoint origin) {
        return database().originSchema(table(origin));
    }

    @Override
    public Destination destination(Endpoint endpoint) {
        T table = table(endpoint);
        return new SqlDestination(new SqlTables.Destination<>(database(), table, table.describe()));
    }

    @Override
    public void seed(Endpoint endpoint, SeedTable rows) {
        database().createTable(table(endpoint), rows);
    }

    @Override
    public void seedGenerated(Endpoint endpoint, int count) {
        database().createGeneratedTable(table(endpoint), count);
    }

    @Override
    public void insertGenerated(Endpoint endpoint, int count) {
        database().insertGeneratedRows(table(endpoint), count);
    }

    @Override
    public void insert(Endpoint endpoint, TableData rows) {
        database().insert(table(endpoint), rows);
    }

    @Override
    public void update(Endpoint endpoint, TableData rows) {
        database().update(table(endpoint), rows);
    }

    @Override
    public void delete(Endpoint endpoint, TableData keys) {
        database().delete(table(endpoint), keys);
    }

    @Override
    public void change(Endpoint endpoint, ColumnChange change) {
        database().change(table(endpoint), change);
    }

    @Override
    public List<ReportsColumns.Column> columns(Endpoint endpoint) {
        return database().columnTypes(table(endpoint));
    }

    @Override
    public void deleteById(Endpoint endpoint, long id) {
        delete(endpoint, new TableData(List.of("id"), List.of(List.of(Long.toString(id)))));
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            D dropped = database;
            database = null;
            dropped.drop();
        }
    }

    @Override
    public synchronized List<String> keep() {
        if (database == null) {
            return List.of();
        }
        D kept = database;
        database = null;
        kept.close();
        return kept.howToReach();
    }
}
