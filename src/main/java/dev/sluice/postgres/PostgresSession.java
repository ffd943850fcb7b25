package dev.sluice.postgres;

import dev.sluice.sdk.jdbc.SqlSession;
import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.Namespace;

/** PostgreSQL's part of a workspace: its own database, created on first use and dropped (with its slots) on close. */
public final class PostgresSession extends SqlSession<PostgresTable, PostgresDatabase> {

    /** Creates the workspace's database. */
    PostgresSession(PostgresEndpoint endpoint, Namespace namespace) {
        super("PostgreSQL", PostgresDatabase.create(endpoint, namespace.database()));
    }

    @Override
    public DataSystem system() {
        return PostgresSystem.INSTANCE;
    }

    @Override
    protected PostgresTable table(Endpoint endpoint) {
        return PostgresTable.of(endpoint);
    }

    /** The Debezium JDBC sink creates tables but not schemas. */
    @Override
    public void prepareDestination(Endpoint destination) {
        database().createSchema(PostgresTable.of(destination).schema());
    }
}
