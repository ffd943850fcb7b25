package dev.sluice.sdk.system;

/**
 * Where a database server answers, for systems whose service is a plain server with a user and a
 * password. The password is never part of {@link #toString()}, so an address can be logged or
 * attached to a report as it is.
 */
public record DatabaseServer(String host, int port, String user, String password) {

    @Override
    public String toString() {
        return user + ":****@" + host + ":" + port;
    }
}
