package dev.sluice.environment.local;

import dev.sluice.environment.shared.FreePorts;
import dev.sluice.sdk.PostgresEndpoint;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** PostgreSQL with logical replication, in a child JVM that stops the server when it ends. */
final class PostgresServer extends LocalJvmService {
    private final int port = FreePorts.next();
    private final PostgresEndpoint endpoint;
    private final Path binaries;

    PostgresServer(RunDirectory run, Duration startTimeout, String password, Path binaries) {
        super(run, startTimeout);
        this.endpoint = new PostgresEndpoint("127.0.0.1", port, "postgres", password);
        this.binaries = binaries;
    }

    @Override
    public String name() {
        return "postgres";
    }

    PostgresEndpoint endpoint() {
        return endpoint;
    }

    @Override
    protected String describeEndpoint() {
        return endpoint.toString();
    }

    @Override
    protected ChildJvm launch() {
        Path data = run.dir("postgres").resolve("data");
        return new ChildJvm(
                name(),
                ChildJvm.thisJvmClasspath(),
                PostgresMain.class.getName(),
                List.of(
                        binaries.toString(),
                        data.toString(),
                        Integer.toString(port),
                        restarting() ? "keep-data" : "new-data"),
                List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                Map.of(PostgresMain.PASSWORD_VARIABLE, endpoint.password()),
                run);
    }

    @Override
    protected List<Wait.Strategy> readiness() {
        return List.of(
                Wait.forLogMessage(PostgresMain.READY_LINE),
                Wait.until("a JDBC connection with the run's password", () -> {
                    try (var c = DriverManager.getConnection(
                            endpoint.jdbcUrl("postgres"), endpoint.user(), endpoint.password())) {
                        return c.isValid(2);
                    }
                }));
    }
}
