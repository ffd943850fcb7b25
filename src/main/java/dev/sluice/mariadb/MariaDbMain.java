package dev.sluice.mariadb;

import dev.sluice.environment.shared.FileTrees;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Main class of the MariaDB child JVM: runs the server from unpacked binaries (no installation,
 * as root, which mariadbd allows only when told) with the row-based binlog change data capture
 * needs, creates the user the tests and the engine log in as, and stops the server when this JVM
 * ends. Arguments: binaries directory, data directory, port, user, and {@code keep-data} to start
 * again on existing data. The password comes from {@value #PASSWORD_VARIABLE}, never from the
 * command line.
 */
public final class MariaDbMain {
    static final String PASSWORD_VARIABLE = "SLUICE_MARIADB_PASSWORD";
    static final String READY_LINE = "SLUICE MARIADB READY";
    /**
     * As long as the environment waits for any service by default (sluice.service.start-timeout, 3 min), which
     * stops this process at its own limit: 60 s was too short once, when mariadbd took 57 s to open its socket
     * while two suites shared two cores, and the scenario failed although the environment would have waited.
     */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private MariaDbMain() {}

    public static void main(String[] args) throws Exception {
        Path binaries = Path.of(args[0]);
        Path data = Path.of(args[1]).toAbsolutePath();
        String port = args[2];
        String user = args[3];
        boolean restart = args.length > 4 && "keep-data".equals(args[4]);
        if (!restart) {
            FileTrees.delete(data);
            run(List.of(
                    binaries.resolve("scripts/mariadb-install-db").toString(),
                    "--no-defaults",
                    "--basedir=" + binaries,
                    "--datadir=" + data,
                    "--user=root",
                    "--auth-root-authentication-method=normal",
                    "--skip-test-db",
                    "--skip-name-resolve"));
        }
        Path socket = data.resolve("mariadb.sock");
        Process server = new ProcessBuilder(serverCommand(binaries, data, port, socket))
                .inheritIO()
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "sluice-mariadb-stop"));
        createUser(socket, user, System.getenv(PASSWORD_VARIABLE), server);
        System.out.println(READY_LINE + " on port " + port);
        server.waitFor();
        System.err.println("[sluice] mariadbd ended with exit code " + server.exitValue());
        System.exit(1);
    }

    static List<String> serverCommand(Path binaries, Path data, String port, Path socket) {
        List<String> c = new ArrayList<>(List.of(
                binaries.resolve("bin/mariadbd").toString(),
                "--no-defaults",
                "--basedir=" + binaries,
                "--datadir=" + data,
                "--user=root",
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + socket,
                "--pid-file=" + data.resolve("mariadb.pid"),
                "--log-bin=" + data.resolve("binlog")));
        c.addAll(MariaDbService.serverOptions());
        return c;
    }

    /** Logs in as root through the socket (only root, only locally) and creates the password user. */
    private static void createUser(Path socket, String user, String password, Process server) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline && server.isAlive()) {
            try (Connection c =
                            DriverManager.getConnection("jdbc:mariadb://localhost/?localSocket=" + socket, "root", "");
                    Statement s = c.createStatement()) {
                String account = "'" + user.replace("'", "''") + "'@'%'";
                s.execute("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password.replace("'", "''")
                        + "'");
                s.execute("GRANT ALL PRIVILEGES ON *.* TO " + account + " WITH GRANT OPTION");
                return;
            } catch (java.sql.SQLException e) {
                last = e;
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException(
                server.isAlive()
                        ? "mariadbd did not accept a connection on " + socket + " within " + PATIENCE.toSeconds() + " s"
                        : "mariadbd ended with exit code " + server.exitValue(),
                last);
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + output);
        }
    }

    /** SIGTERM is mariadbd's clean shutdown; forced after half a minute. */
    private static void stop(Process server) {
        server.destroy();
        try {
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
