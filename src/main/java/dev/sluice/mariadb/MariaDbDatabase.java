package dev.sluice.mariadb;

import static dev.sluice.mariadb.MariaDbTable.quote;

import dev.sluice.sdk.jdbc.ColumnDdl;
import dev.sluice.sdk.jdbc.JdbcPool;
import dev.sluice.sdk.jdbc.KeyedWrites;
import dev.sluice.sdk.jdbc.SqlDatabase;
import dev.sluice.sdk.system.ColumnChange;
import dev.sluice.sdk.system.DatabaseServer;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.ReportsColumns;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.TableData;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One database of a workspace on a MariaDB server, reached directly through JDBC: seeds origin
 * tables and reads destination tables. Creating it creates the database; {@link #drop()} removes it.
 */
public final class MariaDbDatabase implements SqlDatabase<MariaDbTable> {
    private final DatabaseServer server;
    private final String database;
    private final JdbcPool pool;

    private MariaDbDatabase(DatabaseServer server, String database) {
        this.server = server;
        this.database = database;
        this.pool = pool(server, database, "MariaDB (database " + database + ")");
    }

    public static MariaDbDatabase create(DatabaseServer server, String database) {
        onServer(server, "CREATE DATABASE " + quote(database) + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        return new MariaDbDatabase(server, database);
    }

    /** The URL of a database; the session's time zone is UTC, so instants read and write unshifted. */
    public static String jdbcUrl(DatabaseServer server, String database) {
        return "jdbc:mariadb://" + server.host() + ":" + server.port() + "/" + database;
    }

    /**
     * The URL a JDBC sink writes through. Debezium's sink asks the driver whether its table exists without naming the
     * database, and MariaDB's driver then looks in every database of the server: a table of the same name in another
     * database was taken for the sink's own, which it then never created ("Table … doesn't exist"). With
     * {@code nullDatabaseMeansCurrent} the driver looks in the URL's database only.
     */
    public static String sinkUrl(DatabaseServer server, String database) {
        return jdbcUrl(server, database) + "?nullDatabaseMeansCurrent=true";
    }

    private static JdbcPool pool(DatabaseServer server, String database, String label) {
        return new JdbcPool(
                label,
                jdbcUrl(server, database) + "?sessionVariables=time_zone='+00:00'",
                server.user(),
                server.password());
    }

    /** The server this database is on, as the tests reach it. */
    public DatabaseServer server() {
        return server;
    }

    public String name() {
        return database;
    }

    /** Creates the table (replacing one of that name) and inserts the rows; the key as in PostgreSQL. */
    public void createTable(MariaDbTable table, SeedTable seed) {
        String columns = seed.columns().stream()
                .map(c -> quote(c.name()) + " " + sqlType(c))
                .collect(Collectors.joining(", "));
        String key = seed.keyColumns().isEmpty()
                ? ""
                : ", PRIMARY KEY ("
                        + seed.keyColumns().stream().map(MariaDbTable::quote).collect(Collectors.joining(", ")) + ")";
        pool.execute(
                "DROP TABLE IF EXISTS " + table.quoted(),
                "CREATE TABLE " + table.quoted() + " (" + columns + key + ")");
        insert(table, seed.asTable());
    }

    public void insert(MariaDbTable table, TableData rows) {
        writes(table).insert(inMariaDbForm(table, rows));
    }

    public void update(MariaDbTable table, TableData rows) {
        writes(table).update(keyOf(table), inMariaDbForm(table, rows));
    }

    public void delete(MariaDbTable table, TableData keys) {
        writes(table).delete(keyOf(table), inMariaDbForm(table, keys));
    }

    /** The rows' cells as MariaDB takes them, by each column's type: see {@link MariaDbCells}. */
    private TableData inMariaDbForm(MariaDbTable table, TableData rows) {
        Map<String, String> types = new HashMap<>();
        pool.query(
                "SELECT COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? "
                        + "AND TABLE_NAME = ?",
                List.of(database, table.table()),
                rs -> types.put(rs.getString(1), rs.getString(2).toLowerCase(Locale.ROOT)));
        List<List<String>> converted = new ArrayList<>();
        for (List<String> row : rows.rows()) {
            List<String> r = new ArrayList<>(row);
            for (int i = 0; i < r.size(); i++) {
                String type = types.getOrDefault(rows.header().get(i), "");
                if (r.get(i) != null) {
                    r.set(i, MariaDbCells.literal(type, r.get(i).trim()));
                }
            }
            converted.add(r);
        }
        return new TableData(rows.header(), converted);
    }

    /** {@code n} rows of id, name, email, ssn, amount, created; the same as PostgreSQL's generated rows. */
    public void createGeneratedTable(MariaDbTable table, int n) {
        pool.execute(
                "DROP TABLE IF EXISTS " + table.quoted(),
                "CREATE TABLE " + table.quoted() + " (id INT PRIMARY KEY, name TEXT, email TEXT, ssn TEXT, "
                        + "amount DECIMAL(30,6), created DATETIME(6))");
        insertGenerated(table, 1, n);
    }

    /** {@code n} more generated rows after the highest id, in one transaction. */
    public void insertGeneratedRows(MariaDbTable table, int n) {
        long[] max = {0};
        pool.query("SELECT COALESCE(MAX(`id`), 0) FROM " + table.quoted(), List.of(), rs -> max[0] = rs.getLong(1));
        insertGenerated(table, max[0] + 1, max[0] + n);
    }

    /** MariaDB's sequence engine gives the numbers ({@code seq_1_to_n} is a table of 1…n). */
    private void insertGenerated(MariaDbTable table, long first, long last) {
        pool.execute("INSERT INTO " + table.quoted() + " SELECT seq, CONCAT('Customer ', seq), "
                + "CONCAT('customer', seq, '@example.com'), CONCAT(LPAD(100 + seq % 900, 3, '0'), '-', "
                + "LPAD(10 + seq % 90, 2, '0'), '-', LPAD(1000 + seq % 9000, 4, '0')), ROUND(seq * 1.25, 2), "
                + "TIMESTAMP '2024-01-01 00:00:00' + INTERVAL seq MINUTE FROM seq_" + first + "_to_" + last);
    }

    /** The column type for a phrasebook type; text keys become VARCHAR(255), as MariaDB indexes no TEXT whole. */
    static String sqlType(SeedTable.Column column) {
        return switch (column.type()) {
            case INT -> "INT";
            case BIGINT -> "BIGINT";
            case NUMERIC -> "DECIMAL(30,6)";
            case DOUBLE -> "DOUBLE";
            case TEXT -> column.key() ? "VARCHAR(255)" : "TEXT";
            case VARCHAR -> "VARCHAR(" + column.length() + ")";
            case BOOLEAN -> "BOOLEAN";
            case TIMESTAMP -> "DATETIME(6)";
            case TIMESTAMPTZ -> "TIMESTAMP(6) NULL";
            case DATE -> "DATE";
            case JSONB -> "JSON";
            case UUID -> "CHAR(36)";
            case BYTEA, TEXT_ARRAY ->
                throw new IllegalArgumentException("The column \"" + column.name()
                        + "\" is of type " + column.type().written()
                        + ", which a MariaDB table of Sluice does not hold "
                        + "(no arrays; bytes cannot be written as text). Use jsonb for lists, or a PostgreSQL table.");
        };
    }

    private KeyedWrites writes(MariaDbTable table) {
        return new KeyedWrites(pool, table.quoted(), table.describe(), MariaDbTable::quote);
    }

    /** The table's primary key; else {@code id}. */
    private List<String> keyOf(MariaDbTable table) {
        List<String> key = primaryKey(table);
        return key.isEmpty() ? List.of("id") : key;
    }

    @Override
    public List<ReportsColumns.Column> columnTypes(MariaDbTable table) {
        List<ReportsColumns.Column> columns = new ArrayList<>();
        pool.query(
                "SELECT COLUMN_NAME, DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? "
                        + "ORDER BY ORDINAL_POSITION",
                List.of(database, table.table()),
                rs -> columns.add(new ReportsColumns.Column(rs.getString(1), rs.getString(2))));
        return columns;
    }

    private static final ColumnDdl DDL = new ColumnDdl(
            MariaDbTable::quote, MariaDbDatabase::sqlType, (column, type) -> "MODIFY COLUMN " + column + " " + type);

    @Override
    public void change(MariaDbTable table, ColumnChange change) {
        pool.alter("ALTER TABLE " + table.quoted() + " " + DDL.clause(change));
    }

    @Override
    public List<String> primaryKey(MariaDbTable table) {
        List<String> key = new ArrayList<>();
        pool.query(
                "SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? "
                        + "AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY ORDINAL_POSITION",
                List.of(database, table.table()),
                rs -> key.add(rs.getString(1)));
        return key;
    }

    /** Every row, as column → value (JDBC types). */
    @Override
    public List<Map<String, Object>> readAll(MariaDbTable table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        pool.query("SELECT * FROM " + table.quoted(), List.of(), rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.put(meta.getColumnLabel(i), rs.getObject(i));
            }
            rows.add(row);
        });
        return rows;
    }

    @Override
    public long count(MariaDbTable table) {
        long[] count = {0};
        pool.query("SELECT COUNT(*) FROM " + table.quoted(), List.of(), rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    public OriginSchema originSchema(MariaDbTable table) {
        List<OriginSchema.Column> columns = new ArrayList<>();
        pool.query(
                "SELECT COLUMN_NAME, DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? "
                        + "AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION",
                List.of(database, table.table()),
                rs -> columns.add(new OriginSchema.Column(
                        rs.getString(1),
                        rs.getString(2).contains("char") || rs.getString(2).contains("text"))));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("There is no " + table.describe() + " in this scenario: create it "
                    + "first with 'Given the MariaDB table \"" + table.table() + "\" has rows:'");
        }
        return new OriginSchema(columns, primaryKey(table));
    }

    @Override
    public List<String> howToReach() {
        return List.of(
                "MariaDB database " + database + ": mariadb -h " + server.host() + " -P " + server.port() + " -u "
                        + server.user() + " -p" + server.password() + " " + database,
                "  JDBC: " + jdbcUrl(server, database) + " (user " + server.user() + ")");
    }

    @Override
    public void close() {
        pool.close();
    }

    /**
     * A table of this name, with other columns and one row, in a database beside this one on the same server, as
     * another team's would be; {@link #drop()} drops that database too.
     */
    public void createInNeighbourDatabase(MariaDbTable table) {
        String neighbour = quote(neighbourDatabase()) + "." + quote(table.table());
        onServer(
                server,
                "CREATE DATABASE IF NOT EXISTS " + quote(neighbourDatabase())
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
                "CREATE TABLE " + neighbour + " (neighbour_id INT PRIMARY KEY, note TEXT)",
                "INSERT INTO " + neighbour + " VALUES (1, 'not this pipeline''s')");
    }

    private String neighbourDatabase() {
        return database + "_neighbour";
    }

    /** Closes the pool and drops the database (and its neighbour, if one was made). */
    public void drop() {
        close();
        onServer(
                server,
                "DROP DATABASE IF EXISTS " + quote(database),
                "DROP DATABASE IF EXISTS " + quote(neighbourDatabase()));
    }

    /** Statements on the server itself, outside any database (creating and dropping databases). */
    private static void onServer(DatabaseServer server, String... statements) {
        try (JdbcPool admin = pool(server, "", "MariaDB at " + server)) {
            admin.execute(statements);
        }
    }
}
