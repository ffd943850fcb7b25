package dev.sluice.environment.docker;

import com.github.dockerjava.api.DockerClient;
import dev.sluice.environment.CoreVersion;
import dev.sluice.environment.Environment;
import dev.sluice.environment.NetworkFaults;
import dev.sluice.environment.PrivateEngines;
import dev.sluice.environment.ServiceFaults;
import dev.sluice.environment.Settings;
import dev.sluice.environment.StopOnExit;
import dev.sluice.environment.shared.ClusteredEngine;
import dev.sluice.environment.shared.ConsistencyMode;
import dev.sluice.environment.shared.EngineVersions;
import dev.sluice.environment.shared.FreePorts;
import dev.sluice.environment.shared.MavenArtifacts;
import dev.sluice.environment.shared.ReplaceableEngine;
import dev.sluice.environment.shared.WarmSpare;
import dev.sluice.environment.shared.WorkerConfig;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * The services as containers (Testcontainers) on a network of the run's own, from the images
 * {@code docker/build.sh} builds. The worker is the core image with the stage libraries' plugin
 * directories copied in, after checking that they were built for that core. Containers and the
 * network carry the run's labels; they are removed on close, on JVM shutdown, and by the next run
 * when this one was killed (Ryuk is not available here).
 */
public final class DockerEnvironment
        implements ReplaceableEngine, ClusteredEngine, ServiceFaults, NetworkFaults, PrivateEngines {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");
    public static final String MANAGED = "dev.sluice.managed";
    public static final String OWNER = "dev.sluice.owner";
    public static final String RUN = "dev.sluice.run";

    private final Settings settings;
    private final String runId = "d" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
    private final Map<String, String> labels = new LinkedHashMap<>();
    private Duration totalStart;
    private ServiceContainers containers;
    private GenericContainer<?> kafka;
    private EngineContainers connect;
    private SluiceImages images;
    private int kafkaHostPort;
    private StopOnExit stopOnExit;
    private final EngineVersions engineVersions;
    private final java.util.concurrent.atomic.AtomicInteger ownEngineNumbers =
            new java.util.concurrent.atomic.AtomicInteger();
    private final WarmSpare<EngineContainers> spareEngines = new WarmSpare<>(this::startOwnEngine);
    private final OnDemandContainers onDemand = new OnDemandContainers(runId, () -> this.containers, () -> this.images);

    public DockerEnvironment(Settings settings) {
        this.settings = settings;
        this.engineVersions = new EngineVersions(settings);
        labels.put(MANAGED, "true");
        labels.put(RUN, runId);
        // A kept environment has no owner to outlive: no later run reaps it.
        labels.put(OWNER, settings.flag(Settings.KEEP) ? "kept" : DockerReaper.owner());
    }

    @Override
    public String name() {
        return "docker";
    }

    @Override
    public synchronized void start() {
        if (connect != null && connect.entry() != null && connect.entry().isRunning()) {
            return;
        }
        CoreVersion core = CoreVersion.of(settings);
        long begin = System.nanoTime();
        String api = DockerApi.configure().orElse("(docker-java default)");
        DockerClient docker = DockerClientFactory.instance().client();
        int reaped = DockerReaper.reap(docker);
        if (reaped > 0) {
            LOG.warn("Removed {} container(s)/network(s) left behind by an earlier run that was killed", reaped);
        }
        images = new SluiceImages(settings, docker);
        String composedWorker = images.composedWorker(ConsistencyMode.of(settings));
        stopOnExit = StopOnExit.register("sluice-docker-environment-stop", this::close);
        CompletableFuture<Void> eager = CompletableFuture.completedFuture(null);
        try {
            containers = new ServiceContainers(labels, settings.duration(Settings.SERVICE_START_TIMEOUT));
            eager = onDemand.startEagerly();
            kafkaHostPort = FreePorts.next();
            // The broker also advertises its host port to the tests.
            kafka = containers
                    .define(images.kafka(), "kafka", kafkaHostPort, 9093)
                    .withEnv("KAFKA_INTERNAL_HOST", "kafka")
                    .withEnv("KAFKA_EXTERNAL_PORT", Integer.toString(kafkaHostPort))
                    .waitingFor(Wait.forLogMessage(".*Kafka Server started.*", 1));
            containers.start("kafka", kafka);
            connect = new EngineContainers(
                    containers, composedWorker, "sluice-" + runId, "", WorkerConfig.readinessPath(core));
            connect.workers().scaleTo(settings.positive(Settings.CONNECT_WORKERS));
            eager.join();
        } catch (RuntimeException e) {
            // A container still starting in the background would be missed by close() and outlive the run.
            eager.exceptionally(ignored -> null).join();
            close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException r ? r : e;
        }
        totalStart = Duration.ofNanos(System.nanoTime() - begin);
        LOG.info(
                "docker environment ready in {} s (Docker API {}): kafka {} | connect {} | run {}",
                String.format("%.1f", totalStart.toMillis() / 1000.0),
                api,
                kafkaBootstrapServers(),
                connectUrl(),
                runId);
    }

    @Override
    public URI connectUrl() {
        return connect.url();
    }

    @Override
    public String kafkaBootstrapServers() {
        return "localhost:" + kafkaHostPort;
    }

    @Override
    public String kafkaBootstrapServersForEngine() {
        return "kafka:9092";
    }

    /** The service plug-ins' containers start when a scenario first uses them, or eagerly beside the engine. */
    @Override
    public void addServices(Map<String, Object> forTests, Map<String, Object> forEngine) {
        onDemand.addTo(forTests, forEngine);
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
        faults().killAndStart(connect.entry(), "connect", connect::answers);
    }

    @Override
    public EngineVersions engineVersions() {
        return engineVersions;
    }

    /** Images of other versions that docker/build.sh did not build are built here (a minute at most, once). */
    @Override
    public void replaceEngine(Settings versions, MavenArtifacts artifacts) {
        String image = images.buildingMissing(versions, artifacts).composedWorker(ConsistencyMode.of(versions));
        connect.replaceAll(image, WorkerConfig.readinessPath(CoreVersion.of(versions)));
    }

    /** Its workers are containers of the run (named {@code engine-<n>-connect}): removed with the run's containers. */
    @Override
    public Environment withOwnEngine() {
        return new DockerOwnEngine(this, settings, spareEngines.take(), images, faults());
    }

    private EngineContainers startOwnEngine() {
        int number = ownEngineNumbers.incrementAndGet();
        EngineContainers engine =
                connect.sibling(connect.workers().group() + "-engine-" + number, "engine-" + number + "-");
        engine.workers().scaleTo(1);
        return engine;
    }

    /** SIGKILL to the broker's container, then the same container (its log directory) starts again. */
    @Override
    public void killAndRestartBroker() {
        int startsBefore = brokerStarts();
        faults().killAndStart(kafka, "kafka", () -> brokerStarts() > startsBefore);
    }

    /** How often the broker's log says it started: a restarted one says it once more. */
    private int brokerStarts() {
        return kafka.getLogs().split("Kafka Server started", -1).length - 1;
    }

    /** docker restart: the service's own stop signal (PostgreSQL's fast shutdown), then the same data again. */
    @Override
    public void restartService(String id) {
        onDemand.restart(id, faults());
    }

    @Override
    public void cutNetworkTo(String serviceId, Duration cut) {
        onDemand.cutNetwork(serviceId, cut, faults());
    }

    private DockerFaults faults() {
        return new DockerFaults(settings.duration(Settings.SERVICE_START_TIMEOUT));
    }

    @Override
    public List<String> engineLogTail(int lines) {
        return connect == null ? List.of() : connect.logTail(lines);
    }

    @Override
    public String engineSidePath(java.nio.file.Path file) {
        return connect.copyToWorkers(file);
    }

    @Override
    public Map<String, Duration> startTimes() {
        Map<String, Duration> times = containers == null ? new LinkedHashMap<>() : containers.startTimes();
        if (totalStart != null) {
            times.put("environment", totalStart);
        }
        return times;
    }

    @Override
    public synchronized void close() {
        if (containers == null) {
            return;
        }
        if (settings.flag(Settings.KEEP)) {
            printKept();
            containers = null;
            return;
        }
        long begin = System.nanoTime();
        spareEngines.close();
        containers.removeAll();
        containers = null;
        if (stopOnExit != null) {
            stopOnExit.withdraw();
        }
        LOG.info("docker environment removed in {} s", String.format("%.1f", (System.nanoTime() - begin) / 1e9));
    }

    private void printKept() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("kafka", kafka == null ? null : kafkaBootstrapServers());
        urls.put("connect", connect == null ? null : connectUrl().toString());
        onDemand.addKeptUrls(urls);
        LOG.info(ServiceContainers.keptListing(runId, urls, stopCommand().orElse("(nothing runs)")));
    }

    @Override
    public Optional<String> stopCommand() {
        return Optional.ofNullable(containers).map(ServiceContainers::stopCommand);
    }
}
