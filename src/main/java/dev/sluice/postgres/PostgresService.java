package dev.sluice.postgres;

import dev.sluice.environment.Settings;
import dev.sluice.environment.service.Credentials;
import dev.sluice.environment.service.ImageBuild;
import dev.sluice.environment.service.LocalLaunch;
import dev.sluice.environment.service.LocalRun;
import dev.sluice.environment.service.ReachedExternally;
import dev.sluice.environment.service.Readiness;
import dev.sluice.environment.service.RunsInContainer;
import dev.sluice.environment.service.RunsLocally;
import dev.sluice.environment.service.ServicePlugins;
import dev.sluice.environment.service.StartsEagerly;
import dev.sluice.environment.shared.FileTrees;
import dev.sluice.sdk.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PostgreSQL server the {@code postgres} system (and the lake's catalog) needs, with logical
 * replication on. Locally a child JVM ({@link PostgresMain}) runs the bundled binaries of zonky's
 * embedded PostgreSQL; in docker the image {@code docker/postgres/} (Debian's server); externally
 * {@value #URL}. Nearly every scenario uses it, so the environments start it beside the engine.
 * The user is the server's superuser {@code postgres} (Debezium needs replication), with the run's password.
 */
public final class PostgresService implements RunsLocally, RunsInContainer, ReachedExternally, StartsEagerly {
    public static final String URL = "sluice.postgres.url";
    public static final String ENGINE_URL = "sluice.postgres.engine-url";
    public static final String USER = "sluice.postgres.user";
    public static final String PASSWORD = "sluice.postgres.password";
    static final String SUPERUSER = "postgres";

    private static final Pattern JDBC_URL =
            Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?(?:/[^?]*)?(?:\\?(.*))?");
    private static final int PORT = 5432;

    @Override
    public String id() {
        return PostgresSystem.ID;
    }

    @Override
    public String title() {
        return "PostgreSQL";
    }

    /** The binaries' version is the build's (zonky's bundle, Debian's package): no setting makes two differ. */
    @Override
    public List<String> definingSettings() {
        return List.of();
    }

    /** {@code postgresql.conf} settings in every environment; each adds where it listens. */
    static Map<String, String> serverConfig() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("wal_level", "logical");
        c.put("max_replication_slots", "64");
        c.put("max_wal_senders", "64");
        c.put("max_connections", "300");
        // A test server: fast rather than durable.
        c.put("fsync", "off");
        c.put("synchronous_commit", "off");
        return c;
    }

    @Override
    public int port() {
        return PORT;
    }

    @Override
    public Object address(String host, int port, Credentials credentials) {
        return new PostgresEndpoint(host, port, SUPERUSER, credentials.password());
    }

    @Override
    public LocalLaunch prepareLocal(LocalRun run) {
        return new LocalLaunch(
                run.sluiceClasspath(),
                PostgresMain.class.getName(),
                List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                List.of(
                        localBinaries(run.cache()).toString(),
                        run.dataDir().resolve("data").toString(),
                        Integer.toString(run.port()),
                        run.keepData() ? "keep-data" : "new-data"),
                Map.of(PostgresMain.PASSWORD_VARIABLE, run.credentials().password()));
    }

    @Override
    public Readiness localReadiness() {
        // Printed once the server asks for the run's password, which is what the tests and the engine give.
        return new Readiness.LogLine(PostgresMain.READY_LINE);
    }

    /**
     * What a hand-written script ({@code ci/raw-environment.sh}) needs to start the same server as the
     * local environment: the {@code bin} directory of its binaries ({@code POSTGRES_BIN}) and a free port
     * ({@code PG_PORT}). The script runs the server in a user namespace (the bundled server refuses root),
     * where {@code ~/.sluice} of root cannot be read: the binaries are copied once under {@code workDir}.
     */
    public static Map<String, String> handWrittenScriptEnvironment(Path workDir) {
        Path bundle = localBinDirectory().getParent();
        Path copy = workDir.toAbsolutePath().resolve("postgres-binaries").resolve(bundle.getFileName());
        if (!Files.isExecutable(copy.resolve("bin/initdb"))) {
            FileTrees.copy(bundle, copy, true);
        }
        return Map.of(
                "POSTGRES_BIN", copy.resolve("bin").toString(),
                "PG_PORT", Integer.toString(dev.sluice.environment.shared.FreePorts.next()));
    }

    /** Where the bundled binaries are unpacked once per machine, with the template cluster beside them. */
    private static Path localBinaries(Path cache) {
        return cache.resolve("postgres-binaries");
    }

    /** The unpacked bundle's {@code bin} directory (zonky unpacks into {@code PG-<digest>/}). */
    private static Path localBinDirectory() {
        Path binaries = localBinaries(ServicePlugins.CACHE);
        try (Stream<Path> dirs = Files.list(binaries)) {
            return dirs.map(d -> d.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No unpacked PostgreSQL binaries under " + binaries
                            + ": the local environment unpacks them when it starts PostgreSQL"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + binaries, e);
        }
    }

    @Override
    public String image(Settings settings) {
        return "sluice/postgres:15";
    }

    @Override
    public Map<String, String> containerEnvironment(Credentials credentials) {
        return Map.of("POSTGRES_PASSWORD", credentials.password());
    }

    @Override
    public Readiness containerReadiness() {
        // The image's first server (initdb's) listens on no port; a login with the password is the real one's.
        return new Readiness.Answers("a JDBC login with the run's password", PostgresService::answers);
    }

    private static boolean answers(Object address) throws java.sql.SQLException {
        PostgresEndpoint postgres = (PostgresEndpoint) address;
        try (var c = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(), postgres.password())) {
            return c.isValid(2);
        }
    }

    @Override
    public void prepareImage(ImageBuild build) {
        FileTrees.writeString(build.context().resolve("sluice.conf"), FileTrees.keyValueLines(serverConfig()));
    }

    @Override
    public Optional<Object> externalAddress(Settings settings, boolean forEngine) {
        Optional<String> engineUrl = forEngine ? settings.find(ENGINE_URL) : Optional.empty();
        String setting = engineUrl.isPresent() ? ENGINE_URL : URL;
        return engineUrl.or(() -> settings.find(URL)).map(url -> {
            Matcher m = JDBC_URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalArgumentException("Setting " + setting
                        + " expects jdbc:postgresql://host[:port][/database][?parameters], but was '" + url + "'");
            }
            return new PostgresEndpoint(
                    m.group(1),
                    m.group(2) == null ? PORT : Integer.parseInt(m.group(2)),
                    settings.get(USER),
                    settings.get(PASSWORD),
                    m.group(3));
        });
    }

    @Override
    public List<String> addressSettings() {
        return List.of(URL);
    }

    @Override
    public void verifyReachable(Object forTests) throws Exception {
        PostgresEndpoint postgres = (PostgresEndpoint) forTests;
        Redactor.register(postgres.password());
        answers(postgres);
    }

    @Override
    public Map<String, String> externalSettings(Object forTests, Object forEngine) {
        PostgresEndpoint tests = (PostgresEndpoint) forTests;
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(URL, tests.jdbcUrl("postgres"));
        if (forEngine instanceof PostgresEndpoint engine) {
            settings.put(ENGINE_URL, engine.jdbcUrl("postgres"));
        }
        settings.put(USER, tests.user());
        settings.put(PASSWORD, tests.password());
        return settings;
    }
}
