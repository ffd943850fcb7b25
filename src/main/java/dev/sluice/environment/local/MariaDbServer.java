package dev.sluice.environment.local;

import dev.sluice.environment.shared.FreePorts;
import dev.sluice.sdk.system.DatabaseServer;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** MariaDB with a row-based binlog, in a child JVM that stops the server when it ends. */
final class MariaDbServer extends LocalJvmService {
    static final String USER = "sluice";
    private final int port = FreePorts.next();
    private final DatabaseServer endpoint;
    private final Path binaries;

    MariaDbServer(RunDirectory run, Duration startTimeout, String password, Path binaries) {
        super(run, startTimeout);
        this.endpoint = new DatabaseServer("127.0.0.1", port, USER, password);
        this.binaries = binaries;
    }

    @Override
    public String name() {
        return "mariadb";
    }

    DatabaseServer endpoint() {
        return endpoint;
    }

    @Override
    protected String describeEndpoint() {
        return "mariadb://" + endpoint;
    }

    @Override
    protected ChildJvm launch() {
        return new ChildJvm(
                name(),
                ChildJvm.thisJvmClasspath(),
                MariaDbMain.class.getName(),
                List.of(
                        binaries.toString(),
                        run.dir("mariadb").resolve("data").toString(),
                        Integer.toString(port),
                        USER,
                        restarting() ? "keep-data" : "new-data"),
                List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                Map.of(MariaDbMain.PASSWORD_VARIABLE, endpoint.password()),
                run);
    }

    @Override
    protected List<Wait.Strategy> readiness() {
        return List.of(
                Wait.forLogMessage(MariaDbMain.READY_LINE),
                Wait.until("a JDBC connection with the run's password", () -> {
                    try (var c = DriverManager.getConnection(
                            "jdbc:mariadb://127.0.0.1:" + port + "/", endpoint.user(), endpoint.password())) {
                        return c.isValid(2);
                    }
                }));
    }
}
