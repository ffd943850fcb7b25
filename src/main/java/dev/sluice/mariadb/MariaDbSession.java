package dev.sluice.mariadb;

import dev.sluice.sdk.jdbc.SqlDestination;
import dev.sluice.sdk.jdbc.SqlTables;
import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.DatabaseServer;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.KeyedRows;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.verify.Destination;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.TableData;
import java.util.List;

/** MariaDB's part of a workspace: its own database, created when opened and dropped on close. */
public final class MariaDbSession implements KeyedRows {
    private MariaDbDatabase database;

    MariaDbSession(DatabaseServer server, Namespace namespace) {
        this.database = MariaDbDatabase.create(server, namespace.database());
    }

    @Override
    public DataSystem system() {
        return MariaDbSystem.INSTANCE;
    }

    /** The workspace's database. */
    public synchronized MariaDbDatabase database() {
        if (database == null) {
            throw new IllegalStateException("This workspace's MariaDB session is closed");
        }
        return database;
    }

    @Override
    public OriginSchema describe(Endpoint origin) {
        return database().originSchema(MariaDbTable.of(origin));
    }

    @Override
    public Destination destination(Endpoint endpoint) {
        return new SqlDestination(new SqlTables.Destination<>(
                database(), MariaDbTable.of(endpoint), MariaDbTable.of(endpoint).describe()));
    }

    @Override
    public void seed(Endpoint endpoint, SeedTable rows) {
        database().createTable(MariaDbTable.of(endpoint), rows);
    }

    @Override
    public void seedGenerated(Endpoint endpoint, int count) {
        database().createGeneratedTable(MariaDbTable.of(endpoint), count);
    }

    @Override
    public void insertGenerated(Endpoint endpoint, int count) {
        database().insertGeneratedRows(MariaDbTable.of(endpoint), count);
    }

    @Override
    public void insert(Endpoint endpoint, TableData rows) {
        database().insert(MariaDbTable.of(endpoint), rows);
    }

    @Override
    public void update(Endpoint endpoint, TableData rows) {
        database().update(MariaDbTable.of(endpoint), rows);
    }

    @Override
    public void delete(Endpoint endpoint, TableData keys) {
        database().delete(MariaDbTable.of(endpoint), keys);
    }

    @Override
    public void deleteById(Endpoint endpoint, long id) {
        delete(endpoint, new TableData(List.of("id"), List.of(List.of(Long.toString(id)))));
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            MariaDbDatabase dropped = database;
            database = null;
            dropped.drop();
        }
    }

    @Override
    public synchronized java.util.List<String> keep() {
        if (database == null) {
            return java.util.List.of();
        }
        MariaDbDatabase kept = database;
        database = null;
        kept.close();
        DatabaseServer s = kept.server();
        return java.util.List.of(
                "MariaDB database " + kept.name() + ": mariadb -h " + s.host() + " -P " + s.port() + " -u " + s.user()
                        + " -p" + s.password() + " " + kept.name(),
                "  JDBC: " + MariaDbDatabase.jdbcUrl(s, kept.name()) + " (user " + s.user() + ")");
    }
}
