package dev.sluice.postgres;

import dev.sluice.sdk.jdbc.SqlDestination;
import dev.sluice.sdk.jdbc.SqlTables;
import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.KeyedRows;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.verify.Destination;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.TableData;

/** PostgreSQL's part of a workspace: its own database, created on first use and dropped (with its slots) on close. */
public final class PostgresSession implements KeyedRows {
    private PostgresDatabase database;

    /** Creates the workspace's database. */
    PostgresSession(PostgresEndpoint endpoint, Namespace namespace) {
        this.database = PostgresDatabase.create(endpoint, namespace.database());
    }

    @Override
    public DataSystem system() {
        return PostgresSystem.INSTANCE;
    }

    /** The workspace's database. */
    public synchronized PostgresDatabase database() {
        if (database == null) {
            throw new IllegalStateException("This workspace's PostgreSQL session is closed");
        }
        return database;
    }

    @Override
    public OriginSchema describe(Endpoint origin) {
        return database().originSchema(PostgresTable.of(origin));
    }

    @Override
    public Destination destination(Endpoint endpoint) {
        return new SqlDestination(new SqlTables.Destination<>(
                database(),
                PostgresTable.of(endpoint),
                PostgresTable.of(endpoint).describe()));
    }

    /** The Debezium JDBC sink creates tables but not schemas. */
    @Override
    public void prepareDestination(Endpoint destination) {
        database().createSchema(PostgresTable.of(destination).schema());
    }

    @Override
    public void seed(Endpoint endpoint, SeedTable rows) {
        database().createTable(PostgresTable.of(endpoint), rows);
    }

    @Override
    public void seedGenerated(Endpoint endpoint, int count) {
        database().createGeneratedTable(PostgresTable.of(endpoint), count);
    }

    @Override
    public void insertGenerated(Endpoint endpoint, int count) {
        database().insertGeneratedRows(PostgresTable.of(endpoint), count);
    }

    @Override
    public void insert(Endpoint endpoint, TableData rows) {
        database().insert(PostgresTable.of(endpoint), rows);
    }

    @Override
    public void update(Endpoint endpoint, TableData rows) {
        database().update(PostgresTable.of(endpoint), rows);
    }

    @Override
    public void delete(Endpoint endpoint, TableData keys) {
        database().delete(PostgresTable.of(endpoint), keys);
    }

    @Override
    public void deleteById(Endpoint endpoint, long id) {
        database().deleteById(PostgresTable.of(endpoint), id);
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            PostgresDatabase dropped = database;
            database = null;
            dropped.drop();
        }
    }

    @Override
    public synchronized java.util.List<String> keep() {
        if (database == null) {
            return java.util.List.of();
        }
        PostgresDatabase kept = database;
        database = null;
        kept.close();
        PostgresEndpoint e = kept.endpoint();
        return java.util.List.of(
                "PostgreSQL database " + kept.name() + ": psql \"postgresql://" + e.user() + ":" + e.password() + "@"
                        + e.host() + ":" + e.port() + "/" + kept.name() + "\"",
                "  JDBC: " + e.jdbcUrl(kept.name()) + " (user " + e.user() + ")");
    }
}
