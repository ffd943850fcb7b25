package dev.sluice.environment.local;

import dev.sluice.environment.shared.FreePorts;
import dev.sluice.environment.shared.WorkerConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The core: a distributed Kafka Connect worker whose plugin path holds the stage libraries of the
 * run. Settings are the test-friendly ones measured in FIELD-NOTES (fast plugin discovery, quick
 * offset flushes, no rebalance delay).
 */
final class ConnectWorker extends LocalJvmService {
    private final EngineCore core;
    private final List<Path> pluginPath;
    private final Path log4jConfig;
    private final String bootstrapServers;
    private final int port = FreePorts.next();
    private final String name;
    private final LocalSecurity security;
    private final String group;

    ConnectWorker(
            String name,
            String group,
            RunDirectory run,
            Duration startTimeout,
            EngineCore core,
            List<Path> pluginPath,
            Path log4jConfig,
            String bootstrapServers,
            LocalSecurity security) {
        super(run, startTimeout);
        this.security = security;
        this.name = name;
        this.group = group;
        this.core = core;
        this.pluginPath = pluginPath;
        this.log4jConfig = log4jConfig;
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public String name() {
        return name;
    }

    /** Connect's id of this worker: its advertised REST host and port. */
    String workerId() {
        return "127.0.0.1:" + port;
    }

    URI url() {
        return URI.create(security.restScheme() + "://127.0.0.1:" + port);
    }

    @Override
    protected String describeEndpoint() {
        return url() + ", stage libraries: "
                + pluginPath.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
    }

    @Override
    protected ChildJvm launch() {
        Path config = run.dir(name).resolve("worker.properties");
        Properties p = new Properties();
        p.putAll(WorkerConfig.properties(
                bootstrapServers,
                group,
                url().toString(),
                "127.0.0.1",
                pluginPath.stream().map(Path::toString).collect(Collectors.joining(","))));
        p.putAll(security.workerSettings());
        LocalFiles.writeProperties(config, p, "Kafka Connect worker of Sluice run " + run.id());
        List<String> jvm = new java.util.ArrayList<>(WorkerConfig.jvmOptions(log4jConfig.toString()));
        jvm.addAll(security.workerJvmOptions(run.dir(name)));
        return new ChildJvm(
                        name(),
                        core.classpath(),
                        WorkerConfig.MAIN_CLASS,
                        List.of(config.toString()),
                        jvm,
                        Map.of(),
                        run)
                .sharingClassData();
    }

    @Override
    protected List<Wait.Strategy> readiness() {
        return List.of(
                Wait.forHttp(url().resolve(WorkerConfig.readinessPath(core.version())), security.connectAccess()));
    }
}
