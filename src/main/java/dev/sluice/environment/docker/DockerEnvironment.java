package dev.sluice.environment.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import dev.sluice.environment.Environment;
import dev.sluice.environment.Secrets;
import dev.sluice.environment.ServiceStartException;
import dev.sluice.environment.Settings;
import dev.sluice.environment.StopOnExit;
import dev.sluice.environment.local.FreePorts;
import dev.sluice.sdk.PostgresEndpoint;
import dev.sluice.sdk.S3Endpoint;
import java.net.InetAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.DriverManager;
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
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The services as containers (Testcontainers) on a network of the run's own, from the images
 * {@code docker/build.sh} builds. The worker is the core image with the stage libraries' plugin
 * directories copied in, after checking that they were built for that core. Containers and the
 * network carry the run's labels; they are removed on close, on JVM shutdown, and by the next run
 * when this one was killed (Ryuk is not available here).
 */
public final class DockerEnvironment implements Environment {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");
    public static final String MANAGED = "dev.sluice.managed";
    public static final String OWNER = "dev.sluice.owner";
    public static final String RUN = "dev.sluice.run";

    private final Settings settings;
    private final String runId = "d" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final String password = Secrets.generate();
    private final String s3Secret = Secrets.generate();
    private final Map<String, Duration> startTimes = new LinkedHashMap<>();
    private Network network;
    private GenericContainer<?> postgres;
    private GenericContainer<?> s3;
    private GenericContainer<?> kafka;
    private GenericContainer<?> connect;
    private int kafkaHostPort;
    private int postgresHostPort;
    private int connectHostPort;
    private int s3HostPort;
    private StopOnExit stopOnExit;

    public DockerEnvironment(Settings settings) {
        this.settings = settings;
        labels.put(MANAGED, "true");
        labels.put(RUN, runId);
        // A kept environment has no owner to outlive: no later run reaps it.
        labels.put(OWNER, settings.flag(Settings.KEEP) ? "kept" : owner());
    }

    @Override
    public String name() {
        return "docker";
    }

    @Override
    public synchronized void start() {
        if (connect != null && connect.isRunning()) {
            return;
        }
        long begin = System.nanoTime();
        String api = DockerApi.configure().orElse("(docker-java default)");
        DockerClient docker = DockerClientFactory.instance().client();
        int reaped = DockerReaper.reap(docker);
        if (reaped > 0) {
            LOG.warn("Removed {} container(s)/network(s) left behind by an earlier run that was killed", reaped);
        }
        SluiceImages images = new SluiceImages(settings, docker);
        String composedWorker = images.composedWorker(
                ConsistencyCheck.Mode.parse(settings.find("sluice.consistency").orElse("fail")));
        stopOnExit = StopOnExit.register("sluice-docker-environment-stop", this::close);
        Duration timeout = settings.duration(Settings.SERVICE_START_TIMEOUT);
        try {
            network = Network.builder()
                    .createNetworkCmdModifier(cmd -> cmd.withLabels(labels))
                    .build();
            network.getId();
            // Host ports are chosen before the start, so that a restarted container answers where it did.
            postgresHostPort = FreePorts.next();
            postgres = withHostPort(container(images.postgres(), "postgres", timeout), postgresHostPort, 5432)
                    .withEnv("POSTGRES_PASSWORD", password)
                    .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*", 1));
            s3HostPort = FreePorts.next();
            s3 = withHostPort(container(images.s3(), "s3", timeout), s3HostPort, 9000)
                    .withEnv("S3_ACCESS_KEY", "sluice-" + runId)
                    .withEnv("S3_SECRET_KEY", s3Secret)
                    .waitingFor(Wait.forListeningPort());
            kafkaHostPort = FreePorts.next();
            // The broker also advertises its host port to the tests.
            kafka = withHostPort(container(images.kafka(), "kafka", timeout), kafkaHostPort, 9093)
                    .withEnv("KAFKA_INTERNAL_HOST", "kafka")
                    .withEnv("KAFKA_EXTERNAL_PORT", Integer.toString(kafkaHostPort))
                    .waitingFor(Wait.forLogMessage(".*Kafka Server started.*", 1));
            CompletableFuture<Void> pg = CompletableFuture.runAsync(() -> startTimed("postgres", postgres));
            CompletableFuture<Void> objectStore = CompletableFuture.runAsync(() -> startTimed("s3", s3));
            startTimed("kafka", kafka);
            connectHostPort = FreePorts.next();
            connect = withHostPort(
                            container(DockerImageName.parse(composedWorker), "connect", timeout), connectHostPort, 8083)
                    .withEnv("CONNECT_BOOTSTRAP_SERVERS", "kafka:9092")
                    .withEnv("CONNECT_GROUP_ID", "sluice-" + runId)
                    .withEnv("CONNECT_ADVERTISED_HOST", "connect")
                    .waitingFor(Wait.forHttp("/health").forPort(8083).forStatusCode(200));
            startTimed("connect", connect);
            pg.join();
            objectStore.join();
        } catch (CompletionException e) {
            close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        startTimes.put("environment", Duration.ofNanos(System.nanoTime() - begin));
        LOG.info(
                "docker environment ready in {} s (Docker API {}): kafka {} | connect {} | postgres {} | s3 {} | run {}",
                String.format("%.1f", startTimes.get("environment").toMillis() / 1000.0),
                api,
                kafkaBootstrapServers(),
                connectUrl(),
                postgres(),
                s3().map(S3Endpoint::url).orElse(null),
                runId);
    }

    private GenericContainer<?> container(DockerImageName image, String alias, Duration timeout) {
        GenericContainer<?> c = new GenericContainer<>(image);
        return c.withNetwork(network)
                .withNetworkAliases(alias)
                .withLabels(labels)
                .withStartupTimeout(timeout);
    }

    private static GenericContainer<?> withHostPort(GenericContainer<?> container, int hostPort, int containerPort) {
        return container.withExposedPorts(containerPort).withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                .withPortBindings(new PortBinding(
                        Ports.Binding.bindIpAndPort("127.0.0.1", hostPort), ExposedPort.tcp(containerPort))));
    }

    private GenericContainer<?> container(String image, String alias, Duration timeout) {
        return container(DockerImageName.parse(image), alias, timeout);
    }

    private void startTimed(String service, GenericContainer<?> container) {
        long begin = System.nanoTime();
        try {
            container.start();
        } catch (RuntimeException e) {
            String logs = "";
            try {
                logs = container.getLogs();
            } catch (RuntimeException ignored) {
                // the container may not exist at all
            }
            String[] lines = logs.split("\n");
            throw new ServiceStartException(
                    service,
                    String.valueOf(e.getMessage()),
                    "container " + container.getDockerImageName(),
                    List.of(lines).subList(Math.max(0, lines.length - 40), lines.length),
                    e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        synchronized (startTimes) {
            startTimes.put(service, took);
        }
        LOG.info(
                "{} ready in {} s (container {})",
                service,
                String.format("%.1f", took.toMillis() / 1000.0),
                container.getContainerId().substring(0, 12));
    }

    @Override
    public URI connectUrl() {
        return URI.create("http://localhost:" + connectHostPort);
    }

    @Override
    public String kafkaBootstrapServers() {
        return "localhost:" + kafkaHostPort;
    }

    @Override
    public String kafkaBootstrapServersForEngine() {
        return "kafka:9092";
    }

    @Override
    public PostgresEndpoint postgres() {
        return new PostgresEndpoint("localhost", postgresHostPort, "postgres", password);
    }

    @Override
    public PostgresEndpoint postgresForEngine() {
        return new PostgresEndpoint("postgres", 5432, "postgres", password);
    }

    @Override
    public Optional<S3Endpoint> s3() {
        return Optional.of(
                new S3Endpoint(URI.create("http://localhost:" + s3HostPort), "us-east-1", "sluice-" + runId, s3Secret));
    }

    @Override
    public Optional<S3Endpoint> s3ForEngine() {
        return Optional.of(new S3Endpoint(URI.create("http://s3:9000"), "us-east-1", "sluice-" + runId, s3Secret));
    }

    @Override
    public boolean controlsServices() {
        return true;
    }

    /** SIGKILL to the worker's container, then the same container starts again and must become healthy. */
    @Override
    public void killAndRestartEngine() {
        faults().killAndStart(connect, "connect", () -> DockerFaults.answersHealth(connectUrl()));
    }

    /**
     * Not yet in containers: after a SIGKILL and start of the broker's container, the broker answered
     * again but the worker never rejoined its group ("The worker is currently ensuring membership in
     * the cluster") and every later scenario failed. Until that is understood, the fault is local only.
     */
    @Override
    public void killAndRestartBroker() {
        throw new UnsupportedOperationException("The docker environment cannot kill the Kafka broker yet: after its "
                + "container restarts, the worker does not rejoin its group. The local environment can.");
    }

    /** docker restart: PostgreSQL's fast shutdown, then the same data directory again. */
    @Override
    public void restartPostgres() {
        faults().restart(postgres, "postgres", () -> {
            try (var c = DriverManager.getConnection(postgres().jdbcUrl("postgres"), "postgres", password)) {
                return c.isValid(2);
            }
        });
    }

    private DockerFaults faults() {
        return new DockerFaults(settings.duration(Settings.SERVICE_START_TIMEOUT));
    }

    @Override
    public List<String> engineLogTail(int lines) {
        if (connect == null || !connect.isRunning()) {
            return List.of();
        }
        String[] all = connect.getLogs().split("\n");
        return List.of(all).subList(Math.max(0, all.length - lines), all.length);
    }

    @Override
    public Map<String, Duration> startTimes() {
        synchronized (startTimes) {
            return new LinkedHashMap<>(startTimes);
        }
    }

    @Override
    public synchronized void close() {
        if (network == null) {
            return;
        }
        if (settings.flag(Settings.KEEP)) {
            printKept();
            network = null;
            return;
        }
        long begin = System.nanoTime();
        for (GenericContainer<?> c : new GenericContainer<?>[] {connect, kafka, s3, postgres}) {
            if (c != null) {
                try {
                    c.stop();
                } catch (RuntimeException e) {
                    LOG.warn("Stopping a container failed: {}", e.toString());
                }
            }
        }
        try {
            network.close();
        } catch (RuntimeException e) {
            LOG.warn("Removing the network failed: {}", e.toString());
        }
        network = null;
        if (stopOnExit != null) {
            stopOnExit.withdraw();
        }
        LOG.info("docker environment removed in {} s", String.format("%.1f", (System.nanoTime() - begin) / 1e9));
    }

    private void printKept() {
        StringBuilder b = new StringBuilder("docker environment kept (sluice.keep=true), run ")
                .append(runId)
                .append(":\n");
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("postgres", postgres == null ? null : postgres().toString());
        urls.put("s3", s3 == null ? null : s3().map(e -> e.url().toString()).orElse(null));
        urls.put("kafka", kafka == null ? null : kafkaBootstrapServers());
        urls.put("connect", connect == null ? null : connectUrl().toString());
        urls.forEach((service, url) -> {
            if (url != null) b.append(String.format("  %-9s %s%n", service, url));
        });
        b.append("  stop it with: ").append(stopCommand().orElse("(nothing runs)"));
        LOG.info(b.toString());
    }

    @Override
    public Optional<String> stopCommand() {
        StringBuilder ids = new StringBuilder();
        for (GenericContainer<?> c : new GenericContainer<?>[] {postgres, s3, kafka, connect}) {
            if (c != null && c.getContainerId() != null) {
                ids.append(' ').append(c.getContainerId(), 0, 12);
            }
        }
        return ids.isEmpty() || network == null
                ? Optional.empty()
                : Optional.of("docker rm -f" + ids + " && docker network rm "
                        + network.getId().substring(0, 12));
    }

    /** This JVM, as a label value: a later run removes what a dead owner left. */
    static String owner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
