package dev.sluice.postgres;

import dev.sluice.environment.shared.FileTrees;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Main class of the PostgreSQL child JVM: runs the bundled PostgreSQL binaries (no installation,
 * works as root) with logical replication on, requires a password, and stops the server when this
 * JVM ends. Arguments: binaries directory, data directory, port, and {@code keep-data} to start
 * again on an existing cluster (a restart) instead of a new one, which is a copy of a template
 * ({@link PostgresTemplate}). The password comes from the
 * environment variable {@value #PASSWORD_VARIABLE}, so it never shows in a process listing.
 */
public final class PostgresMain {
    static final String PASSWORD_VARIABLE = "SLUICE_POSTGRES_PASSWORD";
    static final String READY_LINE = "SLUICE POSTGRES READY";

    private PostgresMain() {}

    public static void main(String[] args) throws Exception {
        String password = System.getenv(PASSWORD_VARIABLE);
        boolean restart = args.length > 3 && "keep-data".equals(args[3]);
        Path binaries = Path.of(args[0]);
        Path data = Path.of(args[1]);
        EmbeddedPostgres postgres;
        if (restart) {
            postgres = start(binaries, data, args[2], password);
        } else {
            FileTrees.delete(data);
            PostgresTemplate.copyInto(binaries, data);
            try {
                postgres = start(binaries, data, args[2], password);
            } catch (Exception e) {
                // A template left by other binaries: this run initialises its own, the next one a new template.
                System.err.println("[sluice] PostgreSQL did not start on the template's copy (" + e + "): initdb");
                PostgresTemplate.discard(binaries);
                FileTrees.delete(data);
                postgres = start(binaries, data, args[2], password);
            }
        }
        EmbeddedPostgres started = postgres;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                started.close();
                            } catch (Exception e) {
                                System.err.println("[sluice] stopping PostgreSQL failed: " + e);
                            }
                        },
                        "sluice-postgres-stop"));
        if (!restart) {
            requirePassword(postgres, data, password);
        }
        System.out.println(READY_LINE + " on port " + postgres.getPort());
        Thread.currentThread().join();
    }

    private static EmbeddedPostgres start(Path binaries, Path data, String port, String password) throws Exception {
        EmbeddedPostgres.Builder builder = builder(binaries, data);
        PostgresService.serverConfig().forEach(builder::setServerConfig);
        return builder
                // After the first start the server asks for the password, also of the library's own readiness check.
                .setConnectConfig("password", password)
                .setPort(Integer.parseInt(port))
                .start();
    }

    /** A server on these binaries and this data directory, on loopback only; also the template's (PostgresTemplate). */
    static EmbeddedPostgres.Builder builder(Path binaries, Path data) {
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(data.toFile())
                // Never cleaned by the library: it would delete the data when the server stops, and a
                // restart needs it. The run directory goes at the end of the run.
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // No socket file in /tmp that could outlive a killed server.
                .setServerConfig("unix_socket_directories", "");
    }

    /** The bundled server trusts every local user; make it check the run's password like a real one. */
    private static void requirePassword(EmbeddedPostgres postgres, Path dataDir, String password) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("ALTER ROLE postgres WITH PASSWORD '" + password.replace("'", "''") + "'");
            Files.writeString(
                    dataDir.resolve("pg_hba.conf"),
                    String.join(
                            "\n",
                            "host all all 127.0.0.1/32 scram-sha-256",
                            "host replication all 127.0.0.1/32 scram-sha-256",
                            ""));
            s.execute("SELECT pg_reload_conf()");
        }
    }
}
