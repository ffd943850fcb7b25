package dev.sluice.environment.local;

import dev.sluice.environment.Environment;
import dev.sluice.environment.Secrets;
import dev.sluice.environment.Settings;
import dev.sluice.environment.StopOnExit;
import dev.sluice.environment.shared.EngineArtifacts;
import dev.sluice.environment.shared.MavenArtifacts;
import dev.sluice.environment.shared.StageLibraryInstaller;
import dev.sluice.sdk.PostgresEndpoint;
import dev.sluice.sdk.Redactor;
import dev.sluice.sdk.S3Endpoint;
import dev.sluice.sdk.system.DatabaseServer;
import dev.sluice.sdk.system.Services;
import dev.sluice.sdk.system.StageLibrary;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default environment: Kafka, Kafka Connect, PostgreSQL and an S3-compatible server as child processes of this JVM,
 * built from Maven artifacts, on free loopback ports. Services that do not depend on each other
 * start in parallel. Nothing survives the run: services stop on close, on JVM shutdown, and with
 * the parent when it is killed (see {@link ParentWatchdog}); a later run reaps what is left.
 */
public final class LocalEnvironment implements Environment {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");

    private final Settings settings;
    private final Path workDir;
    private RunDirectory run;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private ConnectWorker connect;
    private S3Server s3;
    private MariaDbServer mariadb;
    private StopOnExit stopOnExit;
    private Duration totalStart;

    public LocalEnvironment(Settings settings) {
        this.settings = settings;
        this.workDir = Path.of(settings.get(Settings.WORK_DIR));
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public synchronized void start() {
        if (connect != null && connect.isRunning()) {
            return;
        }
        long begin = System.nanoTime();
        int reaped = RunDirectory.reapOrphans(workDir);
        if (reaped > 0) {
            LOG.warn("Stopped {} process(es) left behind by an earlier run that was killed", reaped);
        }
        run = RunDirectory.create(workDir);
        if (settings.flag(Settings.KEEP)) {
            run.keep();
        }
        stopOnExit = StopOnExit.register("sluice-local-environment-stop", this::close);
        Duration timeout = settings.duration(Settings.SERVICE_START_TIMEOUT);
        String kafkaVersion = settings.get(Settings.KAFKA_VERSION);
        Path log4j = LocalFiles.log4jConfig(run);
        try (MavenArtifacts artifacts = new MavenArtifacts()) {
            postgres = new PostgresServer(
                    run, timeout, Secrets.generate(), workDir.toAbsolutePath().resolve("postgres-binaries"));
            CompletableFuture<Void> postgresReady = CompletableFuture.runAsync(postgres::start);
            s3 = new S3Server(
                    run,
                    timeout,
                    List.of(artifacts.artifact(
                            "org.gaul:s3proxy:jar:jar-with-dependencies:" + settings.get(Settings.S3PROXY_VERSION))),
                    "sluice-" + run.id(),
                    Secrets.generate());
            CompletableFuture<Void> s3Ready = CompletableFuture.runAsync(s3::start);
            CompletableFuture<Void> kafkaReady = CompletableFuture.runAsync(() -> {
                kafka = new KafkaBroker(
                        run,
                        timeout,
                        EngineArtifacts.withOneLogBridge(
                                artifacts.runtimeClasspath(EngineArtifacts.kafkaCore(kafkaVersion))),
                        log4j);
                kafka.start();
            });
            List<Path> connectClasspath = EngineArtifacts.withOneLogBridge(
                    artifacts.runtimeClasspath(EngineArtifacts.connectCore(kafkaVersion)));
            List<Path> pluginPath = installStageLibraries(artifacts);
            kafkaReady.join();
            connect = new ConnectWorker(run, timeout, connectClasspath, pluginPath, log4j, kafka.bootstrapServers());
            connect.start();
            postgresReady.join();
            s3Ready.join();
        } catch (CompletionException e) {
            close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        totalStart = Duration.ofNanos(System.nanoTime() - begin);
        LOG.info(
                "local environment ready in {} s: kafka {} | connect {} | postgres {} | s3 {} | logs {}",
                String.format("%.1f", (System.nanoTime() - begin) / 1e9),
                kafka.bootstrapServers(),
                connect.url(),
                postgres.endpoint(),
                s3.endpoint().url(),
                run.logsDir());
    }

    private List<Path> installStageLibraries(MavenArtifacts artifacts) {
        StageLibraryInstaller installer = new StageLibraryInstaller(workDir, artifacts);
        List<Path> dirs = new ArrayList<>();
        for (String id : settings.get(Settings.STAGE_LIBRARIES).split(",")) {
            StageLibrary library = StageLibrary.byId(id);
            dirs.add(installer.install(library, settings.get(library.versionSetting())));
        }
        return dirs;
    }

    @Override
    public URI connectUrl() {
        return connect.url();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public PostgresEndpoint postgres() {
        return postgres.endpoint();
    }

    /** MariaDB starts (and its binaries download) only when a scenario first uses it. */
    @Override
    public void addServices(java.util.Map<String, Object> forTests, java.util.Map<String, Object> forEngine) {
        forTests.put("mariadb", (Services.OnDemand) this::mariadb);
        forEngine.put("mariadb", (Services.OnDemand) this::mariadb);
    }

    private synchronized DatabaseServer mariadb() {
        if (run == null) {
            throw new IllegalStateException("The local environment is not started");
        }
        if (mariadb == null || !mariadb.isRunning()) {
            String version = settings.get(Settings.MARIADB_VERSION);
            Path binaries;
            try (MavenArtifacts artifacts = new MavenArtifacts()) {
                binaries = MariaDbBinaries.unpack(
                        artifacts.artifact(MariaDbBinaries.coordinates(version)),
                        version,
                        workDir.toAbsolutePath().resolve("mariadb-binaries"));
            }
            MariaDbServer server = new MariaDbServer(
                    run, settings.duration(Settings.SERVICE_START_TIMEOUT), Secrets.generate(), binaries);
            Redactor.register(server.endpoint().password());
            server.start();
            mariadb = server;
        }
        return mariadb.endpoint();
    }

    @Override
    public boolean controlsServices() {
        return true;
    }

    @Override
    public void killAndRestartEngine() {
        connect.killAndRestart();
    }

    @Override
    public void killAndRestartBroker() {
        kafka.killAndRestart();
    }

    @Override
    public void restartPostgres() {
        postgres.restart();
    }

    @Override
    public java.util.Optional<S3Endpoint> s3() {
        return java.util.Optional.ofNullable(s3).map(S3Server::endpoint);
    }

    @Override
    public List<String> engineLogTail(int lines) {
        return connect == null ? List.of() : connect.logTail(lines);
    }

    @Override
    public java.util.Map<String, Duration> startTimes() {
        java.util.Map<String, Duration> times = new java.util.LinkedHashMap<>();
        for (LocalJvmService s : new LocalJvmService[] {postgres, s3, mariadb, kafka, connect}) {
            if (s != null && s.startedIn() != null) {
                times.put(s.name(), s.startedIn());
            }
        }
        if (totalStart != null) {
            times.put("environment", totalStart);
        }
        return times;
    }

    @Override
    public synchronized void close() {
        if (run == null) {
            return;
        }
        if (run.isKept()) {
            printKept();
            run = null;
            return;
        }
        long begin = System.nanoTime();
        // The worker first, so that no task is left writing into a broker or database that is gone.
        stopQuietly(connect);
        CompletableFuture<Void> k = CompletableFuture.runAsync(() -> stopQuietly(kafka));
        stopQuietly(postgres);
        stopQuietly(s3);
        stopQuietly(mariadb);
        k.join();
        run.delete();
        run = null;
        if (stopOnExit != null) {
            stopOnExit.withdraw();
        }
        LOG.info("local environment stopped in {} s", String.format("%.1f", (System.nanoTime() - begin) / 1e9));
    }

    private void printKept() {
        StringBuilder b = new StringBuilder("local environment kept (sluice.keep=true):\n");
        for (LocalJvmService s : runningServices()) {
            b.append(String.format("  %-9s %s (pid %d)%n", s.name(), s.describeEndpoint(), s.pid()));
        }
        b.append("  logs      ").append(run.logsDir()).append('\n');
        b.append("  stop it with: ")
                .append(stopCommand().orElse("(nothing runs)"))
                .append("   (the next run removes ")
                .append(run.root())
                .append(')');
        LOG.info(b.toString());
    }

    /**
     * SIGTERM: each service shuts down cleanly (PostgreSQL's JVM stops the server); the command
     * returns once they are gone, or after a minute.
     */
    @Override
    public java.util.Optional<String> stopCommand() {
        List<String> pids =
                runningServices().stream().map(s -> Long.toString(s.pid())).toList();
        return pids.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of("kill " + String.join(" ", pids) + "; timeout 60 sh -c 'while ps -p "
                        + String.join(",", pids) + " >/dev/null; do sleep 0.2; done'");
    }

    private List<LocalJvmService> runningServices() {
        List<LocalJvmService> running = new ArrayList<>();
        for (LocalJvmService s : new LocalJvmService[] {postgres, s3, mariadb, kafka, connect}) {
            if (s != null && s.isRunning()) {
                running.add(s);
            }
        }
        return running;
    }

    private static void stopQuietly(LocalJvmService service) {
        if (service == null) {
            return;
        }
        try {
            service.stop();
        } catch (RuntimeException e) {
            LOG.warn("Stopping {} failed: {}", service.name(), e.toString());
        }
    }
}
