package dev.sluice.environment.shared;

import dev.sluice.environment.CoreVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kafka broker's configuration, in one place for every environment: a single KRaft node that
 * is broker and controller, with one partition and replication 1 everywhere. Each environment adds
 * only its listeners and data directory; the image carries this part as a file.
 */
public final class BrokerConfig {
    public static final String MAIN_CLASS = "kafka.Kafka";

    private BrokerConfig() {}

    public static Map<String, String> common() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        // Exactly-once sources write transactions: their state log must work on one broker.
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        // The coordinator looks for timed-out transactions every second, not every ten (see WorkerConfig).
        p.put("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // A worker's group forms at once instead of after three seconds.
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        return p;
    }

    /**
     * How the single node finds its controller: cores from 3.9 on take bootstrap servers and a
     * {@code --standalone} format (KIP-853); older ones know only a static voter list.
     */
    public static Map<String, String> quorum(CoreVersion core, String controllerHostPort) {
        return core.hasDynamicQuorum()
                ? Map.of("controller.quorum.bootstrap.servers", controllerHostPort)
                : Map.of("controller.quorum.voters", "1@" + controllerHostPort);
    }

    /** Options of {@code kafka.tools.StorageTool format} after the cluster id and configuration. */
    public static List<String> formatOptions(CoreVersion core) {
        return core.hasDynamicQuorum() ? List.of("--standalone") : List.of();
    }

    public static List<String> jvmOptions(String log4jConfig) {
        return List.of(
                "-Xms256m",
                "-Xmx768m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + log4jConfig);
    }

    /** {@code key=value} lines, as the image's start script appends its listeners to them. */
    public static String asFile(Map<String, String> properties) {
        return FileTrees.keyValueLines(properties);
    }
}
