package dev.sluice.sdk.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A small connection pool (HikariCP) to one database, with the three things the SQL systems do:
 * run statements, run one statement for many rows, and read rows. Every refusal names the
 * database and the statement.
 */
public final class JdbcPool implements AutoCloseable {
    private final String label;
    private final HikariDataSource pool;

    /** {@code label} names the database in errors, e.g. {@code PostgreSQL (database sluice_x)}. */
    public JdbcPool(String label, String url, String user, String password) {
        this.label = label;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(0);
        config.setPoolName("sluice-" + label.replaceAll("[^A-Za-z0-9_]+", "-"));
        config.setConnectionTimeout(10_000);
        this.pool = new HikariDataSource(config);
    }

    /** Reads one row of a result. */
    public interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    public void execute(String... statements) {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw failure(String.join("; ", statements), e);
        }
    }

    /** Runs the statement once per row (values as text); returns the update count of each. */
    public int[] batch(String sql, List<List<String>> rows) {
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
            throw failure(sql, e.getNextException() != null ? e.getNextException() : e);
        }
    }

    public void query(String sql, List<String> params, RowHandler handler) {
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
            throw failure(sql, e);
        }
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException(label + " refused: " + what + "\n  " + e.getMessage(), e);
    }

    /**
     * Changes a table's definition, then retires every pooled connection: a connection's prepared statements keep
     * the parameter types they were prepared with, and an insert after {@code ALTER TABLE … TYPE} would send the
     * old ones ("column is of type integer but expression is of type text").
     */
    public void alter(String statement) {
        execute(statement);
        pool.getHikariPoolMXBean().softEvictConnections();
    }

    @Override
    public void close() {
        pool.close();
    }
}
