package dev.sluice.environment.local;

import dev.sluice.environment.shared.DatabaseServerConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Main class of the PostgreSQL child JVM: runs the bundled PostgreSQL binaries (no installation,
 * works as root) with logical replication on, requires a password, and stops the server when this
 * JVM ends. Arguments: binaries directory, data directory, port, and {@code keep-data} to start
 * again on an existing cluster (a restart) instead of a new one. The password comes from the
 * environment variable {@value #PASSWORD_VARIABLE}, so it never shows in a process listing.
 */
public final class PostgresMain {
    static final String PASSWORD_VARIABLE = "SLUICE_POSTGRES_PASSWORD";
    static final String READY_LINE = "SLUICE POSTGRES READY";

    private PostgresMain() {}

    public static void main(String[] args) throws Exception {
        String password = System.getenv(PASSWORD_VARIABLE);
        boolean restart = args.length > 3 && "keep-data".equals(args[3]);
        if (!restart) {
            RunDirectory.deleteTree(Path.of(args[1]));
        }
        // Never cleaned by the library: it would delete the data when the server stops, and a
        // restart needs it. The run directory goes at the end of the run.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        DatabaseServerConfig.postgres().forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.setOverrideWorkingDirectory(new File(args[0]))
                .setDataDirectory(new File(args[1]))
                .setCleanDataDirectory(false)
                // After the first start the server asks for the password, also of the library's own readiness check.
                .setConnectConfig("password", password)
                .setPort(Integer.parseInt(args[2]))
                .setServerConfig("listen_addresses", "127.0.0.1")
                // No socket file in /tmp that could outlive a killed server.
                .setServerConfig("unix_socket_directories", "")
                .start();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                postgres.close();
                            } catch (Exception e) {
                                System.err.println("[sluice] stopping PostgreSQL failed: " + e);
                            }
                        },
                        "sluice-postgres-stop"));
        if (!restart) {
            requirePassword(postgres, Path.of(args[1]), password);
        }
        System.out.println(READY_LINE + " on port " + postgres.getPort());
        Thread.currentThread().join();
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
