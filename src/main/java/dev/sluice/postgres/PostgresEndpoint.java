package dev.sluice.postgres;

/**
 * Where a PostgreSQL server answers. The password is never part of {@link #toString()}, so an
 * endpoint can be logged or attached to a report as it is.
 */
public record PostgresEndpoint(String host, int port, String user, String password, String parameters)
        implements dev.sluice.sdk.jdbc.JdbcServer {

    public PostgresEndpoint {
        parameters = parameters == null ? "" : parameters;
    }

    public PostgresEndpoint(String host, int port, String user, String password) {
        this(host, port, user, password, "");
    }

    /**
     * A database's URL, with the driver parameters of the configured URL (e.g. {@code
     * sslmode=verify-full&sslrootcert=…} for TLS) on every connection, the tests' and the engine's.
     */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database
                + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    @Override
    public String toString() {
        return "postgresql://" + user + ":****@" + host + ":" + port;
    }
}
