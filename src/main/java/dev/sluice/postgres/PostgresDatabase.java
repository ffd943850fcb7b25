package dev.sluice.postgres;

import static dev.sluice.postgres.PostgresTable.quote;

import dev.sluice.sdk.jdbc.ColumnDdl;
import dev.sluice.sdk.jdbc.JdbcPool;
import dev.sluice.sdk.jdbc.KeyedWrites;
import dev.sluice.sdk.jdbc.SqlDatabase;
import dev.sluice.sdk.system.ColumnChange;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.ReportsColumns;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.TableData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One database of a scenario, reached directly through JDBC (HikariCP): seeds origin tables and
 * reads destination tables. Creating it creates the database; {@link #drop()} removes it with
 * everything that holds on to it (replication slots, connections).
 */
public final class PostgresDatabase implements SqlDatabase<PostgresTable> {
    private static final Duration SLOT_RELEASE_PATIENCE = Duration.ofSeconds(30);
    private final PostgresEndpoint endpoint;
    private final String database;
    private final JdbcPool pool;

    private PostgresDatabase(PostgresEndpoint endpoint, String database) {
        this.endpoint = endpoint;
        this.database = database;
        // Values travel as text and PostgreSQL casts them to each column's type.
        this.pool = new JdbcPool(
                "PostgreSQL (database " + database + ")",
                endpoint.jdbcUrl(database) + (endpoint.parameters().isEmpty() ? "?" : "&") + "stringtype=unspecified",
                endpoint.user(),
                endpoint.password());
    }

    public static PostgresDatabase create(PostgresEndpoint endpoint, String database) {
        PostgresAdmin.execute(endpoint, "CREATE DATABASE " + database);
        return new PostgresDatabase(endpoint, database);
    }

    /** The server this database is on, as the tests reach it. */
    public PostgresEndpoint endpoint() {
        return endpoint;
    }

    public String name() {
        return database;
    }

    /**
     * Creates the table (replacing one of that name) and inserts the rows; the primary key is the
     * columns marked {@code :key}, or else a column named {@code id}.
     */
    public void createTable(PostgresTable table, SeedTable seed) {
        String columns = seed.columns().stream()
                .map(c -> quote(c.name()) + " " + PostgresAdmin.sqlType(c))
                .collect(Collectors.joining(", "));
        String key = seed.keyColumns().isEmpty()
                ? ""
                : ", PRIMARY KEY ("
                        + seed.keyColumns().stream().map(PostgresTable::quote).collect(Collectors.joining(", ")) + ")";
        execute(
                "CREATE SCHEMA IF NOT EXISTS " + quote(table.schema()),
                "DROP TABLE IF EXISTS " + table.quoted(),
                "CREATE TABLE " + table.quoted() + " (" + columns + key + ")");
        insert(table, seed.asTable());
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
                        + "amount numeric(30,6), created timestamp)");
        insertGenerated(table, 1, n);
    }

    /** {@code n} more generated rows after the highest id, in one transaction (one burst of changes). */
    public void insertGeneratedRows(PostgresTable table, int n) {
        long[] max = {0};
        query("SELECT coalesce(max(\"id\"), 0) FROM " + table.quoted(), List.of(), rs -> max[0] = rs.getLong(1));
        insertGenerated(table, max[0] + 1, max[0] + n);
    }

    private void insertGenerated(PostgresTable table, long first, long last) {
        execute("INSERT INTO " + table.quoted() + " SELECT i, 'Customer ' || i, 'customer' || i || '@example.com', "
                + GeneratedRows.SSN_SQL
                + ", round(i * 1.25, 2), timestamp '2024-01-01' + i * interval '1 minute' "
                + "FROM generate_series(" + first + ", " + last + ") AS i");
    }

    public void insert(PostgresTable table, TableData rows) {
        writes(table).insert(rows);
    }

    /** Updates rows matched by the table's key columns (which each row must give); the other given columns are set. */
    public void update(PostgresTable table, TableData rows) {
        writes(table).update(keyOf(table), rows);
    }

    /** Deletes the rows whose key columns (the header, all of the table's key) hold these values. */
    public void delete(PostgresTable table, TableData keys) {
        writes(table).delete(keyOf(table), keys);
    }

    private KeyedWrites writes(PostgresTable table) {
        return new KeyedWrites(pool, table.quoted(), table.describe(), PostgresTable::quote);
    }

    /** The table's primary key; else {@code id}. */
    private List<String> keyOf(PostgresTable table) {
        List<String> key = originSchema(table).primaryKey();
        return key.isEmpty() ? List.of("id") : key;
    }

    @Override
    public List<String> primaryKey(PostgresTable table) {
        return originSchema(table).primaryKey();
    }

    @Override
    public List<ReportsColumns.Column> columnTypes(PostgresTable table) {
        List<ReportsColumns.Column> columns = new ArrayList<>();
        query(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
                        + "ORDER BY ordinal_position",
                List.of(table.schema(), table.table()),
                rs -> columns.add(new ReportsColumns.Column(rs.getString(1), rs.getString(2))));
        return columns;
    }

    private static final ColumnDdl DDL = new ColumnDdl(
            PostgresTable::quote,
            PostgresAdmin::sqlType,
            (column, type) -> "ALTER COLUMN " + column + " TYPE " + type + " USING " + column + "::" + type);

    @Override
    public void change(PostgresTable table, ColumnChange change) {
        pool.alter("ALTER TABLE " + table.quoted() + " " + DDL.clause(change));
    }

    /** Every row, as column → value (JDBC types). */
    @Override
    public List<Map<String, Object>> readAll(PostgresTable table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        query("SELECT * FROM " + table.quoted(), List.of(), rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.put(meta.getColumnName(i), value(rs, i, meta.getColumnTypeName(i)));
            }
            rows.add(row);
        });
        return rows;
    }

    /** A cell as a plain Java value: instants with their offset, arrays as lists, JSON as its text. */
    private static Object value(ResultSet rs, int column, String type) throws SQLException {
        if ("timestamptz".equals(type)) {
            return rs.getObject(column, java.time.OffsetDateTime.class);
        }
        Object value = rs.getObject(column);
        if (value instanceof java.sql.Array array) {
            return java.util.Arrays.asList((Object[]) array.getArray());
        }
        return value instanceof org.postgresql.util.PGobject json ? json.getValue() : value;
    }

    @Override
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
        pool.execute(statements);
    }

    private void query(String sql, List<String> params, JdbcPool.RowHandler handler) {
        pool.query(sql, params, handler);
    }

    @Override
    public List<String> howToReach() {
        return List.of(
                "PostgreSQL database " + database + ": psql \"postgresql://" + endpoint.user() + ":"
                        + endpoint.password() + "@" + endpoint.host() + ":" + endpoint.port() + "/" + database + "\"",
                "  JDBC: " + endpoint.jdbcUrl(database) + " (user " + endpoint.user() + ")");
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Closes the pool and drops the database, its replication slots and any connection still on it. */
    public void drop() {
        close();
        PostgresAdmin.dropDatabase(endpoint, database);
    }
}
