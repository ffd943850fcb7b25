package dev.sluice.environment.local;

import dev.sluice.environment.CoreVersion;
import dev.sluice.environment.shared.BrokerConfig;
import dev.sluice.environment.shared.FileTrees;
import dev.sluice.environment.shared.FreePorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/** A single-node KRaft Kafka broker (broker and controller in one JVM) on free loopback ports. */
final class KafkaBroker extends LocalJvmService {
    private final List<Path> classpath;
    private final Path log4jConfig;
    private final int port = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private final LocalSecurity security;
    private final CoreVersion core;

    KafkaBroker(
            RunDirectory run,
            Duration startTimeout,
            CoreVersion core,
            List<Path> classpath,
            Path log4jConfig,
            LocalSecurity security) {
        super(run, startTimeout);
        this.core = core;
        this.classpath = classpath;
        this.log4jConfig = log4jConfig;
        this.security = security;
    }

    @Override
    public String name() {
        return "kafka";
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    protected String describeEndpoint() {
        return bootstrapServers();
    }

    /** A local broker's configuration on these loopback ports; also the hand-written baseline's (RawBaseline). */
    static Properties properties(CoreVersion core, int port, int controllerPort, Path dataDir, LocalSecurity security) {
        Properties p = new Properties();
        p.putAll(BrokerConfig.common());
        String listener = security.listenerName();
        p.putAll(Map.of(
                "listeners", listener + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners", listener + "://127.0.0.1:" + port,
                "listener.security.protocol.map", listener + ":" + listener + ",CONTROLLER:PLAINTEXT",
                "log.dirs", dataDir.toString()));
        p.putAll(BrokerConfig.quorum(core, "127.0.0.1:" + controllerPort));
        p.putAll(security.brokerSettings());
        return p;
    }

    @Override
    protected ChildJvm launch() {
        Path dir = run.dir("kafka");
        Path config = dir.resolve("server.properties");
        LocalFiles.writeProperties(
                config,
                properties(core, port, controllerPort, dir.resolve("data"), security),
                "Kafka broker of Sluice run " + run.id());

        List<String> jvm = BrokerConfig.jvmOptions(log4jConfig.toString());
        if (restarting()) {
            // A broker started again after a kill keeps its data.
            return new ChildJvm(
                            name(), classpath, BrokerConfig.MAIN_CLASS, List.of(config.toString()), jvm, Map.of(), run)
                    .sharingClassData();
        }
        List<String> format = new java.util.ArrayList<>(
                List.of("format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()));
        format.addAll(BrokerConfig.formatOptions(core));
        // In a file, not on the command line: with sluice.secure they hold the SCRAM credentials.
        format.addAll(security.formatArguments());
        Path formatArgs = dir.resolve("format.args");
        try {
            FileTrees.writeOwnerOnly(formatArgs, String.join("\n", format) + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not write " + formatArgs, e);
        }
        return new ChildJvm(
                        name(),
                        classpath,
                        KafkaFormatThenServe.class.getName(),
                        List.of(BrokerConfig.MAIN_CLASS, config.toString(), formatArgs.toString()),
                        jvm,
                        Map.of(),
                        run)
                .sharingClassData();
    }

    @Override
    protected List<Wait.Strategy> readiness() {
        return List.of(
                Wait.forListeningPort("127.0.0.1", port),
                Wait.until("a cluster description from " + bootstrapServers(), this::clusterAnswers));
    }

    private boolean clusterAnswers() throws Exception {
        Map<String, Object> config = new java.util.HashMap<>(security.clientSettings());
        config.putAll(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000));
        try (Admin admin = Admin.create(config)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        }
    }
}
