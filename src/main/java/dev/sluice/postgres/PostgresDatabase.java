package dev.sluice.postgres;

import static dev.sluice.postgres.PostgresTable.quote;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sluice.sdk.PostgresEndpoint;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.TableData;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One database of a scenario, reached directly through JDBC (HikariCP): seeds origin tables and
 * reads destination tables. Creating it creates the database; {@link #drop()} removes it with
 * everything that holds on to it (replication slots, connections).
 */
public final class PostgresDatabase implements AutoCloseable {
    private static final Duration SLOT_RELEASE_PATIENCE = Duration.ofSeconds(30);
    private final PostgresEndpoint endpoint;
    private final String database;
    private final HikariDataSource pool;

    private PostgresDatabase(PostgresEndpoint endpoint, String database) {
        this.endpoint = endpoint;
        this.database = database;
        HikariConfig config = new HikariConfig();
        // Values travel as text and PostgreSQL casts them to each column's type.
        config.setJdbcUrl(endpoint.jdbcUrl(database) + "?stringtype=unspecified");
        config.setUsername(endpoint.user());
        config.setPassword(endpoint.password());
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(0);
        config.setPoolName("sluice-" + database);
        config.setConnectionTimeout(10_000);
        this.pool = new HikariDataSource(config);
    }

    public static PostgresDatabase create(PostgresEndpoint endpoint, String database) {
        admin(endpoint, "CREATE DATABASE " + database);
        return new PostgresDatabase(endpoint, database);
    }

    public String name() {
        return database;
    }

    /** Creates the table (replacing one of that name) and inserts the rows; a column {@code id} is the primary key. */
    public void createTable(PostgresTable table, SeedTable seed) {
        String columns = seed.columns().stream()
                .map(c -> quote(c.name()) + " " + sqlType(c.type()))
                .collect(Collectors.joining(", "));
        String key = seed.hasColumn("id") ? ", PRIMARY KEY (\"id\")" : "";
        execute(
                "CREATE SCHEMA IF NOT EXISTS " + quote(table.schema()),
                "DROP TABLE IF EXISTS " + table.quoted(),
                "CREATE TABLE " + table.quoted() + " (" + columns + key + ")");
        insert(table, seed.asTable());
    }

    /** The PostgreSQL column type; {@code numeric} gets a fixed scale so every engine stage keeps it exact. */
    static String sqlType(SeedTable.Type type) {
        return switch (type) {
            case INT -> "integer";
            case BIGINT -> "bigint";
            case NUMERIC -> "numeric(30,6)";
            case TEXT -> "text";
            case BOOLEAN -> "boolean";
            case TIMESTAMP -> "timestamp";
            case DATE -> "date";
        };
    }

    /** The Debezium JDBC sink creates tables but not schemas. */
    public void createSchema(String schema) {
        execute("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
    }

    /** {@code n} rows of id:int, name, email, ssn, amount:numeric, created:timestamp; the same every time. */
    public void createGeneratedTable(PostgresTable table, int n) {
        execute(
                "CREATE SCHEMA IF NOT EXISTS " + quote(table.schema()),
                "DROP TABLE IF EXISTS " + table.quoted(),
                "CREATE TABLE " + table.quoted() + " (id integer PRIMARY KEY, name text, email text, ssn text, "
                        + "amount numeric(30,6), created timestamp)",
                "INSERT INTO " + table.quoted() + " SELECT i, 'Customer ' || i, 'customer' || i || '@example.com', "
                        + GeneratedRows.SSN_SQL
                        + ", round(i * 1.25, 2), timestamp '2024-01-01' + i * interval '1 minute' "
                        + "FROM generate_series(1, " + n + ") AS i");
    }

    public void insert(PostgresTable table, TableData rows) {
        String sql = "INSERT INTO " + table.quoted() + " ("
                + rows.header().stream().map(PostgresTable::quote).collect(Collectors.joining(", ")) + ") VALUES ("
                + rows.header().stream().map(h -> "?").collect(Collectors.joining(", ")) + ")";
        batch(sql, rows.rows());
    }

    /** Updates rows matched by their {@code id}; the other columns of the table are set. */
    public void update(PostgresTable table, TableData rows) {
        int idIndex = rows.header().indexOf("id");
        if (idIndex < 0) {
            throw new IllegalArgumentException(
                    "Rows to update are matched by id, but the table has no id column: " + rows.header());
        }
        List<String> set = rows.header().stream().filter(h -> !h.equals("id")).toList();
        String sql = "UPDATE " + table.quoted() + " SET "
                + set.stream().map(c -> quote(c) + " = ?").collect(Collectors.joining(", ")) + " WHERE \"id\" = ?";
        List<List<String>> params = new ArrayList<>();
        for (List<String> row : rows.rows()) {
            List<String> p = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                if (i != idIndex) {
                    p.add(row.get(i));
                }
            }
            p.add(row.get(idIndex));
            params.add(p);
        }
        int[] counts = batch(sql, params);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new IllegalArgumentException("No row with id "
                        + params.get(i).get(params.get(i).size() - 1) + " in " + table.describe() + " to update");
            }
        }
    }

    public void deleteById(PostgresTable table, long id) {
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM " + table.quoted() + " WHERE \"id\" = ?")) {
            s.setLong(1, id);
            if (s.executeUpdate() == 0) {
                throw new IllegalArgumentException("No row with id " + id + " in " + table.describe() + " to delete");
            }
        } catch (SQLException e) {
            throw sqlFailure("deleting id " + id + " from " + table.describe(), e);
        }
    }

    /** The table's columns in order, or empty when the table does not exist (yet). */
    public Optional<List<String>> columns(PostgresTable table) {
        List<String> columns = new ArrayList<>();
        query(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position",
                List.of(table.schema(), table.table()),
                rs -> columns.add(rs.getString(1)));
        return columns.isEmpty() ? Optional.empty() : Optional.of(columns);
    }

    /** Every row, as column → value (JDBC types). */
    public List<Map<String, Object>> readAll(PostgresTable table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        query("SELECT * FROM " + table.quoted(), List.of(), rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.put(meta.getColumnName(i), rs.getObject(i));
            }
            rows.add(row);
        });
        return rows;
    }

    public long count(PostgresTable table) {
        long[] count = {0};
        query("SELECT count(*) FROM " + table.quoted(), List.of(), rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    /** Whether a row with this id exists. */
    public boolean hasId(PostgresTable table, long id) {
        boolean[] found = {false};
        query("SELECT 1 FROM " + table.quoted() + " WHERE \"id\" = " + id, List.of(), rs -> found[0] = true);
        return found[0];
    }

    public OriginSchema originSchema(PostgresTable table) {
        List<OriginSchema.Column> columns = new ArrayList<>();
        query(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position",
                List.of(table.schema(), table.table()),
                rs -> columns.add(new OriginSchema.Column(
                        rs.getString(1),
                        rs.getString(2).contains("char") || rs.getString(2).equals("text"))));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(
                    "There is no " + table.describe() + " in this scenario: create it first with "
                            + "'Given the PostgreSQL table \"" + table.table() + "\" has rows:'");
        }
        List<String> key = new ArrayList<>();
        query(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
                        + "WHERE i.indrelid = ?::regclass AND i.indisprimary",
                List.of(table.quoted()),
                rs -> key.add(rs.getString(1)));
        return new OriginSchema(columns, key);
    }

    private void execute(String... statements) {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw sqlFailure(String.join("; ", statements), e);
        }
    }

    private int[] batch(String sql, List<List<String>> rows) {
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (List<String> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    s.setString(i + 1, row.get(i));
                }
                s.addBatch();
            }
            return s.executeBatch();
        } catch (SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw sqlFailure(sql, cause);
        }
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<String> params, RowHandler handler) {
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        } catch (SQLException e) {
            throw sqlFailure(sql, e);
        }
    }

    private IllegalStateException sqlFailure(String what, SQLException e) {
        return new IllegalStateException(
                "PostgreSQL (database " + database + ") refused: " + what + "\n  " + e.getMessage(), e);
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Closes the pool and drops the database, its replication slots and any connection still on it. */
    public void drop() {
        close();
        try {
            // A connector that was just deleted may still hold its slot for a moment: retry until released.
            Awaitility.await("replication slots of " + database + " dropped")
                    .atMost(SLOT_RELEASE_PATIENCE)
                    .pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions()
                    .until(this::dropSlots);
            try (Connection c = adminConnection(endpoint);
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        } catch (SQLException | ConditionTimeoutException e) {
            throw new IllegalStateException(
                    "Could not drop the scenario database " + database + ": " + e.getMessage(), e);
        }
    }

    /** Ends the connections that hold the database's slots and drops the released ones; true when none is left. */
    private boolean dropSlots() throws SQLException {
        try (Connection c = adminConnection(endpoint)) {
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

    private static void admin(PostgresEndpoint endpoint, String sql) {
        try (Connection c = adminConnection(endpoint);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + endpoint + " refused: " + sql + "\n  " + e.getMessage(), e);
        }
    }

    private static Connection adminConnection(PostgresEndpoint endpoint) throws SQLException {
        return DriverManager.getConnection(endpoint.jdbcUrl("postgres"), endpoint.user(), endpoint.password());
    }
}
