package dev.sluice.postgres;

import dev.sluice.verify.SeedTable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** What is done to the server rather than in a workspace's database: creating and dropping databases, column types. */
final class PostgresAdmin {
    private static final Duration SLOT_RELEASE_PATIENCE = Duration.ofSeconds(30);

    private PostgresAdmin() {}

    /** The PostgreSQL column type; {@code numeric} gets a fixed scale so every engine stage keeps it exact. */
    static String sqlType(SeedTable.Column column) {
        return switch (column.type()) {
            case INT -> "integer";
            case BIGINT -> "bigint";
            case NUMERIC -> "numeric(30,6)";
            case DOUBLE -> "double precision";
            case TEXT -> "text";
            case VARCHAR -> "varchar(" + column.length() + ")";
            case BOOLEAN -> "boolean";
            case TIMESTAMP -> "timestamp";
            case TIMESTAMPTZ -> "timestamptz";
            case DATE -> "date";
            case JSONB -> "jsonb";
            case UUID -> "uuid";
            case BYTEA -> "bytea";
            case TEXT_ARRAY -> "text[]";
        };
    }

    static void execute(PostgresEndpoint endpoint, String sql) {
        try (Connection c = connection(endpoint);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + endpoint + " refused: " + sql + "\n  " + e.getMessage(), e);
        }
    }

    /** Drops the database, its replication slots and any connection still on it. */
    static void dropDatabase(PostgresEndpoint endpoint, String database) {
        try {
            // A connector that was just deleted may still hold its slot for a moment: retry until released.
            Awaitility.await("replication slots of " + database + " dropped")
                    .atMost(SLOT_RELEASE_PATIENCE)
                    .pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions()
                    .until(() -> dropSlots(endpoint, database));
            try (Connection c = connection(endpoint);
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        } catch (SQLException | ConditionTimeoutException e) {
            throw new IllegalStateException(
                    "Could not drop the scenario database " + database + ": " + e.getMessage(), e);
        }
    }

    /** Ends the connections that hold the database's slots and drops the released ones; true when none is left. */
    private static boolean dropSlots(PostgresEndpoint endpoint, String database) throws SQLException {
        try (Connection c = connection(endpoint)) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT pg_terminate_backend(active_pid) FROM pg_replication_slots WHERE database = ? AND active_pid IS NOT NULL")) {
                s.setString(1, database);
                s.execute();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE database = ? AND NOT active")) {
                s.setString(1, database);
                s.execute();
            }
            try (PreparedStatement s =
                    c.prepareStatement("SELECT count(*) FROM pg_replication_slots WHERE database = ?")) {
                s.setString(1, database);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) == 0;
                }
            }
        }
    }

    private static Connection connection(PostgresEndpoint endpoint) throws SQLException {
        return DriverManager.getConnection(endpoint.jdbcUrl("postgres"), endpoint.user(), endpoint.password());
    }
}
