package dev.sluice.environment.docker;

import dev.sluice.environment.shared.FreePorts;
import dev.sluice.environment.shared.RunningEngine;
import dev.sluice.environment.shared.WorkerCluster;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

/**
 * The pipeline engine in containers: a {@link WorkerCluster} of containers of the composed worker
 * image, each under its own network name, which is also its Connect worker id ({@code connect-2:8083}).
 */
final class EngineContainers implements WorkerCluster.Workers<GenericContainer<?>>, RunningEngine {
    /** A worker's shutdown stops its tasks and commits their offsets; Connect gives them 5 s by default. */
    private static final Duration CLEAN_STOP = Duration.ofSeconds(30);

    private final ServiceContainers containers;
    private volatile String image;
    /** {@link dev.sluice.environment.shared.WorkerConfig#readinessPath}: the core decides. */
    private volatile String readinessPath;

    private final WorkerCluster<GenericContainer<?>> workers;

    EngineContainers(
            ServiceContainers containers, String image, String groupId, String namePrefix, String readinessPath) {
        this.readinessPath = readinessPath;
        this.containers = containers;
        this.image = image;
        this.workers = new WorkerCluster<>(groupId, namePrefix, this);
    }

    /** Another engine of the same image on the run's network, in its own group (an engine of a scenario's own). */
    EngineContainers sibling(String groupId, String namePrefix) {
        return new EngineContainers(containers, image, groupId, namePrefix, readinessPath);
    }

    @Override
    public WorkerCluster<GenericContainer<?>> workers() {
        return workers;
    }

    /**
     * Upgrades (or downgrades) the engine: every worker stops cleanly (SIGTERM, offsets committed),
     * then as many start from {@code nextImage} in the same group, under the same names.
     */
    void replaceAll(String nextImage, String nextReadinessPath) {
        workers.replaceAll(() -> {
            image = nextImage;
            readinessPath = nextReadinessPath;
        });
    }

    /** Whether the first worker answers as a ready one does. */
    boolean answers() throws Exception {
        return DockerFaults.answers(url(), readinessPath);
    }

    /** The worker whose REST API the tests use: the first one that runs. */
    GenericContainer<?> entry() {
        return workers.entry();
    }

    @Override
    public List<String> logTail(int lines) {
        GenericContainer<?> entry = entry();
        return entry == null || !entry.isRunning() ? List.of() : ContainerService.logTail(entry, lines);
    }

    @Override
    public URI url() {
        GenericContainer<?> entry = entry();
        return entry == null ? null : URI.create("http://localhost:" + entry.getMappedPort(8083));
    }

    /**
     * Copies a project file into every running worker (workers do not share the tests' file
     * system) under a name derived from its absolute path; returns the path inside the workers.
     */
    String copyToWorkers(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String inside = "/tmp/sluice-files/"
                + Integer.toHexString(absolute.toString().hashCode()) + "/" + absolute.getFileName();
        workers.running().forEach(w -> w.copyFileToContainer(MountableFile.forHostPath(absolute), inside));
        return inside;
    }

    @Override
    public GenericContainer<?> create(String name, String group) {
        return containers
                .define(image, name, FreePorts.next(), 8083)
                .withEnv("CONNECT_BOOTSTRAP_SERVERS", "kafka:9092")
                .withEnv("CONNECT_GROUP_ID", group)
                .withEnv("CONNECT_ADVERTISED_HOST", name)
                .waitingFor(Wait.forHttp(readinessPath).forPort(8083).forStatusCode(200));
    }

    @Override
    public void start(GenericContainer<?> worker) {
        containers.start(alias(worker), worker);
    }

    @Override
    public void stop(GenericContainer<?> worker) {
        containers.stopCleanly(worker, CLEAN_STOP);
    }

    /** SIGKILL, as a crash; the dead container is removed, so that a new worker may take its name. */
    @Override
    public void kill(GenericContainer<?> worker) {
        if (worker.isRunning()) {
            DockerClientFactory.instance()
                    .client()
                    .killContainerCmd(worker.getContainerId())
                    .exec();
        }
        containers.stopCleanly(worker, Duration.ZERO);
    }

    /** A container's start waits inside Testcontainers and ends with its own timeout: nothing to abort. */
    @Override
    public void abortStart(GenericContainer<?> worker) {}

    @Override
    public boolean isRunning(GenericContainer<?> worker) {
        return worker.isRunning();
    }

    @Override
    public String workerId(GenericContainer<?> worker) {
        return alias(worker) + ":8083";
    }

    private static String alias(GenericContainer<?> worker) {
        return worker.getNetworkAliases().get(worker.getNetworkAliases().size() - 1);
    }
}
