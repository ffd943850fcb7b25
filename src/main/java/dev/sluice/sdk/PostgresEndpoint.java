package dev.sluice.sdk;

/**
 * Where a PostgreSQL server answers. The password is never part of {@link #toString()}, so an
 * endpoint can be logged or attached to a report as it is.
 */
public record PostgresEndpoint(String host, int port, String user, String password) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "postgresql://" + user + ":****@" + host + ":" + port;
    }
}
