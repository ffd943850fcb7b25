package dev.sluice.environment.service;

/**
 * The user and password an environment generated for one service of one run (the password
 * exists nowhere else and is hidden from logs and reports); a service that needs none ignores them.
 */
public record Credentials(String user, String password) {
    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=…]";
    }
}
