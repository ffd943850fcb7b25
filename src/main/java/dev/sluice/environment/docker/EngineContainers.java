package dev.sluice.environment.docker;

import dev.sluice.environment.shared.FreePorts;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

/**
 * The pipeline engine in containers: one or more workers of the composed worker image in one group
 * (same group id, so the same storage topics), each under its own network name, which is also its
 * Connect worker id ({@code connect-2:8083}). The first running worker answers the REST API.
 */
final class EngineContainers {
    /** A worker's shutdown stops its tasks and commits their offsets; Connect gives them 5 s by default. */
    private static final Duration CLEAN_STOP = Duration.ofSeconds(30);

    private final ServiceContainers containers;
    private String image;
    /** The group id, which names the storage topics too; a new one after {@link #replaceWithNewGroup()}. */
    private String groupId;

    private final String firstGroupId;
    private int generation;
    private final List<GenericContainer<?>> workers = new ArrayList<>();

    /** {@link dev.sluice.environment.shared.WorkerConfig#readinessPath}: the core decides. */
    private String readinessPath;

    EngineContainers(ServiceContainers containers, String image, String groupId, String readinessPath) {
        this.readinessPath = readinessPath;
        this.containers = containers;
        this.image = image;
        this.groupId = groupId;
        this.firstGroupId = groupId;
    }

    /** Starts workers (in parallel) until {@code count} run. */
    synchronized void scaleTo(int count) {
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        for (int running = running().size(); running < count; running++) {
            String alias = workers.isEmpty() ? "connect" : "connect-" + (workers.size() + 1);
            GenericContainer<?> worker = containers
                    .define(image, alias, FreePorts.next(), 8083)
                    .withEnv("CONNECT_BOOTSTRAP_SERVERS", "kafka:9092")
                    .withEnv("CONNECT_GROUP_ID", groupId)
                    .withEnv("CONNECT_ADVERTISED_HOST", alias)
                    .waitingFor(Wait.forHttp(readinessPath).forPort(8083).forStatusCode(200));
            workers.add(worker);
            starting.add(CompletableFuture.runAsync(() -> containers.start(alias, worker)));
        }
        starting.forEach(CompletableFuture::join);
    }

    /**
     * Upgrades (or downgrades) the engine: every worker stops cleanly (SIGTERM, offsets committed),
     * then as many start from {@code nextImage} in the same group with the same storage topics,
     * under the same names, where the pipelines resume by themselves. Returns once each answers.
     */
    synchronized void replaceAll(String nextImage, String nextReadinessPath) {
        int count = Math.max(1, running().size());
        workers.forEach(worker -> containers.stopCleanly(worker, CLEAN_STOP));
        workers.clear();
        image = nextImage;
        readinessPath = nextReadinessPath;
        scaleTo(count);
    }

    /**
     * Replaces a sick engine: every worker is removed at once (a sick one may not stop), then as many start in a new
     * group with new storage topics, so that nothing the old group stored reaches the new one. Returns the new group.
     */
    synchronized String replaceWithNewGroup() {
        int count = Math.max(1, running().size());
        workers.forEach(worker -> containers.stopCleanly(worker, Duration.ZERO));
        workers.clear();
        groupId = firstGroupId + "-" + (++generation);
        scaleTo(count);
        return groupId;
    }

    synchronized String group() {
        return groupId;
    }

    /** Whether the first worker answers as a ready one does. */
    boolean answers() throws Exception {
        return DockerFaults.answers(url(), readinessPath);
    }

    synchronized List<GenericContainer<?>> running() {
        return workers.stream().filter(GenericContainer::isRunning).toList();
    }

    /** The worker whose REST API the tests use: the first one that runs. */
    synchronized GenericContainer<?> entry() {
        return running().stream().findFirst().orElseGet(() -> workers.isEmpty() ? null : workers.get(0));
    }

    /** The last lines of the answering worker's log. */
    List<String> logTail(int lines) {
        GenericContainer<?> entry = entry();
        return entry == null || !entry.isRunning() ? List.of() : ContainerService.logTail(entry, lines);
    }

    URI url() {
        GenericContainer<?> entry = entry();
        return entry == null ? null : URI.create("http://localhost:" + entry.getMappedPort(8083));
    }

    synchronized List<String> workerIds() {
        return running().stream().map(EngineContainers::workerId).toList();
    }

    private static String workerId(GenericContainer<?> worker) {
        return worker.getNetworkAliases().get(worker.getNetworkAliases().size() - 1) + ":8083";
    }

    /** SIGKILL to the worker with this id; it is not started again. */
    synchronized void kill(String workerId) {
        GenericContainer<?> worker = running().stream()
                .filter(w -> workerId(w).equals(workerId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No running worker " + workerId + " in the engine; running: " + workerIds()));
        if (running().size() < 2) {
            throw new IllegalStateException("Killing the only worker " + workerId + " would leave no engine to take "
                    + "over its tasks: scale the engine to two workers or more first");
        }
        DockerClientFactory.instance()
                .client()
                .killContainerCmd(worker.getContainerId())
                .exec();
    }

    /**
     * Copies a project file into every running worker (workers do not share the tests' file
     * system) under a name derived from its absolute path; returns the path inside the workers.
     */
    synchronized String copyToWorkers(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String inside = "/tmp/sluice-files/"
                + Integer.toHexString(absolute.toString().hashCode()) + "/" + absolute.getFileName();
        running().forEach(w -> w.copyFileToContainer(MountableFile.forHostPath(absolute), inside));
        return inside;
    }
}
