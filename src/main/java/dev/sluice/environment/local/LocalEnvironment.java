package dev.sluice.environment.local;

import dev.sluice.environment.CoreVersion;
import dev.sluice.environment.Environment;
import dev.sluice.environment.PrivateEngines;
import dev.sluice.environment.ServiceFaults;
import dev.sluice.environment.Settings;
import dev.sluice.environment.StopOnExit;
import dev.sluice.environment.shared.ClusteredEngine;
import dev.sluice.environment.shared.EngineArtifacts;
import dev.sluice.environment.shared.EngineVersions;
import dev.sluice.environment.shared.MavenArtifacts;
import dev.sluice.environment.shared.ReplaceableEngine;
import dev.sluice.sdk.ConnectAccess;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default environment: Kafka, Kafka Connect and the service plug-ins (PostgreSQL, …) as child processes of
 * this JVM, built from Maven artifacts, on free loopback ports. The broker, the workers and the services that
 * start eagerly start in parallel; the other services on first use. Nothing survives the run: services stop on close, on JVM shutdown, and with
 * the parent when it is killed (see {@link ParentWatchdog}); a later run reaps what is left.
 */
public final class LocalEnvironment implements ReplaceableEngine, ClusteredEngine, ServiceFaults, PrivateEngines {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");

    private final Settings settings;
    private final Path workDir;
    private RunDirectory run;
    private KafkaBroker kafka;
    private EngineCluster connect;
    private final OnDemandServices onDemand;
    private final EngineVersions engineVersions;
    private StopOnExit stopOnExit;
    private Duration totalStart;
    private LocalSecurity security = LocalSecurity.NONE;
    private RawBaseline.Inputs rawBaselineInputs;
    /** Scenarios' own engines, stopped with the environment if their scenarios did not stop them. */
    private final LocalOwnEngines ownEngines = new LocalOwnEngines(() -> connect);

    public LocalEnvironment(Settings settings) {
        this.settings = settings;
        this.workDir = Path.of(settings.get(Settings.WORK_DIR));
        this.onDemand = new OnDemandServices(settings, workDir, () -> run);
        this.engineVersions = new EngineVersions(settings);
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public synchronized void start() {
        if (connect != null && connect.entry() != null && connect.entry().isRunning()) {
            return;
        }
        CoreVersion core = CoreVersion.of(settings);
        // One resolver for the consistency check (before anything starts) and for the services.
        try (MavenArtifacts artifacts = new MavenArtifacts()) {
            EngineVersions.check(settings, artifacts);
            startServices(core, artifacts);
        }
    }

    private void startServices(CoreVersion core, MavenArtifacts artifacts) {
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
        String kafkaVersion = core.text();
        Path log4j = LocalFiles.log4jConfig(run);
        if (settings.flag(Settings.SECURE)) {
            security = LocalSecurity.generated(run.root());
        }
        ConcurrentStarts starts = new ConcurrentStarts();
        try {
            onDemand.startEagerly(starts);
            List<Path> kafkaClasspath = EngineArtifacts.classpath(artifacts, EngineArtifacts.kafkaCore(kafkaVersion));
            kafka = new KafkaBroker(run, timeout, core, kafkaClasspath, log4j, security);
            starts.begin(kafka::start, kafka::abortStart);
            EngineBuild engine = EngineBuild.of(settings, workDir, artifacts);
            rawBaselineInputs = new RawBaseline.Inputs(core, kafkaClasspath, engine, log4j);
            // The worker starts beside its broker and waits for it by itself: its JVM's start and plugin scan
            // (about 2 s) no longer follow the broker's start.
            connect = new EngineCluster(
                    run,
                    timeout,
                    engine.core(),
                    engine.pluginPath(),
                    log4j,
                    kafka.bootstrapServers(),
                    security,
                    "sluice-" + run.id(),
                    "");
            starts.begin(
                    () -> connect.workers().scaleTo(settings.positive(Settings.CONNECT_WORKERS)),
                    () -> connect.workers().abortStarting());
            starts.awaitAll();
        } catch (RuntimeException e) {
            // A service still starting in the background would be missed by close() and outlive the run.
            starts.abortAndAwait();
            close();
            throw ConcurrentStarts.unwrap(e);
        }
        totalStart = Duration.ofNanos(System.nanoTime() - begin);
        LOG.info(
                "local environment ready in {} s ({}): kafka {} | connect {} | {} | logs {}",
                String.format("%.1f", (System.nanoTime() - begin) / 1e9),
                security,
                kafka.bootstrapServers(),
                connect.url(),
                String.join(
                        " | ",
                        onDemand.running().stream()
                                .map(s -> s.name() + " " + s.describeEndpoint())
                                .toList()),
                run.logsDir());
    }

    /** The hand-written script's baseline, from this run's jars and binaries (the benchmark compares the two). */
    public synchronized RawBaseline rawBaseline() {
        if (rawBaselineInputs == null) {
            throw new IllegalStateException("The local environment has not started: nothing to compare its start with");
        }
        return new RawBaseline(rawBaselineInputs);
    }

    @Override
    public URI connectUrl() {
        return connect.url();
    }

    @Override
    public ConnectAccess connectAccess() {
        return security.connectAccess();
    }

    @Override
    public java.util.Map<String, String> kafkaClientSettings() {
        return security.clientSettings();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The service plug-ins start (and download) when a scenario first uses them, or eagerly beside the engine. */
    @Override
    public void addServices(java.util.Map<String, Object> forTests, java.util.Map<String, Object> forEngine) {
        onDemand.addPlugins(forTests, forEngine);
    }

    @Override
    public dev.sluice.environment.shared.WorkerCluster<?> workerCluster() {
        return connect == null ? null : connect.workers();
    }

    @Override
    public boolean controlsServices() {
        return true;
    }

    @Override
    public void killAndRestartEngine() {
        connect.entry().killAndRestart();
    }

    @Override
    public EngineVersions engineVersions() {
        return engineVersions;
    }

    @Override
    public void replaceEngine(Settings versions, MavenArtifacts artifacts) {
        EngineBuild next = EngineBuild.of(versions, workDir, artifacts);
        connect.replaceAll(next.core(), next.pluginPath());
    }

    @Override
    public Environment withOwnEngine() {
        return new LocalOwnEngine(this, settings, ownEngines.take(), workDir);
    }

    @Override
    public void killAndRestartBroker() {
        kafka.killAndRestart();
    }

    @Override
    public void restartService(String id) {
        onDemand.restart(id);
    }

    @Override
    public List<String> engineLogTail(int lines) {
        return connect == null || connect.entry() == null
                ? List.of()
                : connect.entry().logTail(lines);
    }

    @Override
    public java.util.Map<String, Duration> startTimes() {
        java.util.Map<String, Duration> times = new java.util.LinkedHashMap<>();
        for (LocalJvmService s : onDemand.with(engineAnd(kafka))) {
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
            LOG.info(KeptServices.describe(runningServices(), run));
            run = null;
            return;
        }
        long begin = System.nanoTime();
        // The worker first, so that no task is left writing into a broker or database that is gone.
        ownEngines.stopAll(LocalEnvironment::stopQuietly);
        if (connect != null) {
            connect.workers().all().forEach(LocalEnvironment::stopQuietly);
        }
        CompletableFuture<Void> k = CompletableFuture.runAsync(() -> stopQuietly(kafka));
        onDemand.running().forEach(LocalEnvironment::stopQuietly);
        k.join();
        run.delete();
        run = null;
        if (stopOnExit != null) {
            stopOnExit.withdraw();
        }
        LOG.info("local environment stopped in {} s", String.format("%.1f", (System.nanoTime() - begin) / 1e9));
    }

    @Override
    public java.util.Optional<String> stopCommand() {
        return KeptServices.stopCommand(runningServices());
    }

    /** Scenarios' own engines too: a kept run lists them and its stop command stops them. */
    private List<LocalJvmService> runningServices() {
        return java.util.stream.Stream.concat(
                        Arrays.stream(onDemand.with(engineAnd(kafka))), ownEngines.workers().stream())
                .filter(s -> s != null && s.isRunning())
                .toList();
    }

    private LocalJvmService[] engineAnd(LocalJvmService... others) {
        List<LocalJvmService> all = new ArrayList<>(Arrays.asList(others));
        if (connect != null) {
            all.addAll(connect.workers().all());
        }
        return all.toArray(LocalJvmService[]::new);
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
