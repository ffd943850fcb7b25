package dev.sluice.sdk.jdbc;

/**
 * A database server reached through JDBC: what a system needs that keeps its own tables in another
 * system's server (the lake's Iceberg catalog), without knowing which server it is.
 */
public interface JdbcServer {

    /** A database's JDBC URL on this server, with the driver parameters every connection needs. */
    String jdbcUrl(String database);

    String user();

    String password();
}
