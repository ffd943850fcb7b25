package dev.sluice.mariadb;

import dev.sluice.sdk.jdbc.SqlSession;
import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.DatabaseServer;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.SharesItsServer;

/** MariaDB's part of a workspace: its own database, created when opened and dropped on close. */
public final class MariaDbSession extends SqlSession<MariaDbTable, MariaDbDatabase> implements SharesItsServer {

    MariaDbSession(DatabaseServer server, Namespace namespace) {
        super("MariaDB", MariaDbDatabase.create(server, namespace.database()));
    }

    @Override
    public DataSystem system() {
        return MariaDbSystem.INSTANCE;
    }

    @Override
    protected MariaDbTable table(Endpoint endpoint) {
        return MariaDbTable.of(endpoint);
    }

    @Override
    public void createInNeighbourDatabase(Endpoint endpoint) {
        database().createInNeighbourDatabase(table(endpoint));
    }
}
