package dev.sluice.environment.local;

import dev.sluice.environment.CoreVersion;
import dev.sluice.environment.shared.BrokerConfig;
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
    private static final Duration FORMAT_TIMEOUT = Duration.ofMinutes(1);

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

    @Override
    protected ChildJvm launch() {
        Path dir = run.dir("kafka");
        Path config = dir.resolve("server.properties");
        Properties p = new Properties();
        p.putAll(BrokerConfig.common());
        String listener = security.listenerName();
        p.putAll(Map.of(
                "listeners", listener + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners", listener + "://127.0.0.1:" + port,
                "listener.security.protocol.map", listener + ":" + listener + ",CONTROLLER:PLAINTEXT",
                "log.dirs", dir.resolve("data").toString()));
        p.putAll(BrokerConfig.quorum(core, "127.0.0.1:" + controllerPort));
        p.putAll(security.brokerSettings());
        LocalFiles.writeProperties(config, p, "Kafka broker of Sluice run " + run.id());

        List<String> jvm = BrokerConfig.jvmOptions(log4jConfig.toString());
        if (!restarting()) {
            format(config, jvm);
        }
        return new ChildJvm(name(), classpath, BrokerConfig.MAIN_CLASS, List.of(config.toString()), jvm, Map.of(), run);
    }

    /** A new broker's storage; a broker started again after a kill keeps its data. */
    private void format(Path config, List<String> jvm) {
        // Formatting is a separate one-shot JVM: the tool ends by exiting the JVM.
        List<String> args = new java.util.ArrayList<>(
                List.of("format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()));
        args.addAll(BrokerConfig.formatOptions(core));
        args.addAll(security.formatArguments());
        ChildJvm format = new ChildJvm("kafka-format", classpath, "kafka.tools.StorageTool", args, jvm, Map.of(), run);
        int exit = format.start().waitFor(FORMAT_TIMEOUT);
        if (exit != 0) {
            throw new IllegalStateException(
                    "formatting the KRaft storage exited with " + exit + ":\n" + String.join("\n", format.logTail(20)));
        }
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
