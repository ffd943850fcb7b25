package dev.sluice.environment.service;

import dev.sluice.environment.Secrets;
import dev.sluice.sdk.Redactor;

/**
 * The user and password an environment generated for one service of one run (the password
 * exists nowhere else and is hidden from logs and reports); a service that needs none ignores them.
 */
public record Credentials(String user, String password) {

    /**
     * New credentials for one service of one run: a user of its own ({@code sluice-<random>}, so that
     * no common word becomes a secret when a user is handed over in a secret setting such as an S3
     * access key) and a password hidden from every log and report from now on.
     */
    public static Credentials generate() {
        String password = Secrets.generate();
        Redactor.register(password);
        String user = "sluice-"
                + Secrets.generate()
                        .substring(0, 8)
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace("_", "x")
                        .replace("-", "x");
        return new Credentials(user, password);
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=…]";
    }
}
