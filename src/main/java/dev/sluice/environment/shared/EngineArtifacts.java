package dev.sluice.environment.shared;

import dev.sluice.environment.CoreVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The engine's own artifacts (broker and worker, without plugins), as both environments build them. */
public final class EngineArtifacts {
    /** slf4j 1.x and 2.x bridges to Log4j 2, so the services' logs reach their log files whatever slf4j they bring. */
    public static final List<String> LOG_BRIDGES = List.of(
            "org.apache.logging.log4j:log4j-slf4j-impl:2.24.3", "org.apache.logging.log4j:log4j-slf4j2-impl:2.24.3");

    /**
     * Kafka 3.x cores bring slf4j's binding to reload4j (Log4j 1), which would win over the bridge to
     * Log4j 2 and ignore the log configuration; reload4j itself stays, as the broker calls it directly.
     */
    public static final List<String> UNWANTED_LOG_BINDINGS =
            List.of("org.slf4j:slf4j-reload4j:", "org.slf4j:slf4j-log4j12:");

    /** As Kafka's distribution: MirrorMaker's connectors, and the basic-auth REST extension (without versions). */
    private static final List<String> DISTRIBUTION_EXTRAS = List.of(
            "org.apache.kafka:connect-mirror",
            "org.apache.kafka:connect-mirror-client",
            "org.apache.kafka:connect-basic-auth-extension");

    private EngineArtifacts() {}

    /** The class path of a core's artifacts ({@link #kafkaCore}, {@link #connectCore}), logging to Log4j 2. */
    public static List<Path> classpath(MavenArtifacts artifacts, List<String> coordinates) {
        return withOneLogBridge(artifacts.runtimeClasspath(coordinates, UNWANTED_LOG_BINDINGS));
    }

    /**
     * Keeps the one Log4j bridge that matches the slf4j API on the class path: both bridges hold
     * classes of the same names, and the wrong one fails with NoClassDefFoundError (seen with a
     * wildcard class path, whose order is the directory's).
     */
    public static List<Path> withOneLogBridge(List<Path> classpath) {
        boolean slf4j2 =
                classpath.stream().map(p -> p.getFileName().toString()).anyMatch(n -> n.startsWith("slf4j-api-2."));
        String unwanted = slf4j2 ? "log4j-slf4j-impl-" : "log4j-slf4j2-impl-";
        return classpath.stream()
                .filter(p -> !p.getFileName().toString().startsWith(unwanted))
                .toList();
    }

    /** The broker's artifacts: resolved with their dependencies, they are its class path. */
    public static List<String> kafkaCore(String version) {
        return with(LOG_BRIDGES, "org.apache.kafka:kafka_2.13:" + version);
    }

    /** The worker's artifacts (the core, without any connector plugin). */
    public static List<String> connectCore(String version) {
        List<String> all = new ArrayList<>(worker(version));
        all.addAll(distributionExtras(version));
        all.addAll(LOG_BRIDGES);
        return all;
    }

    /** The worker itself, without the distribution's extras and the log bridges. */
    private static List<String> worker(String version) {
        return List.of(
                "org.apache.kafka:connect-runtime:" + version,
                "org.apache.kafka:connect-json:" + version,
                "org.apache.kafka:connect-transforms:" + version);
    }

    /**
     * As Kafka's distribution: MirrorMaker's connectors, and the basic-auth REST extension a secured
     * engine puts its API behind (sluice.secure).
     */
    private static List<String> distributionExtras(String version) {
        return DISTRIBUTION_EXTRAS.stream().map(extra -> extra + ":" + version).toList();
    }

    /**
     * The worker's class path ({@link #connectCore}). Where the core's extras are not served (4.4.0's
     * connect-mirror here), each comes from the nearest release that is ({@link KafkaOwnArtifacts}).
     */
    public static List<Path> connectClasspath(MavenArtifacts artifacts, CoreVersion core) {
        try {
            return classpath(artifacts, connectCore(core.text()));
        } catch (IllegalStateException notServed) {
            List<Path> classpath = new ArrayList<>(
                    classpath(artifacts, with(LOG_BRIDGES, worker(core.text()).toArray(String[]::new))));
            for (String extra : DISTRIBUTION_EXTRAS) {
                classpath.add(
                        artifacts.artifact(extra + ":" + KafkaOwnArtifacts.servedRelease(extra, core, artifacts)));
            }
            return classpath;
        }
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(Arrays.asList(more));
        all.addAll(base);
        return all;
    }

    /** Log4j 2 configuration for Kafka and Connect: everything on standard output; also baked into the images. */
    public static final String LOG4J_CONFIG = String.join(
            "\n",
            "status = warn",
            "appender.out.type = Console",
            "appender.out.name = OUT",
            "appender.out.layout.type = PatternLayout",
            "appender.out.layout.pattern = [%d{HH:mm:ss.SSS}] %p %m (%c{1})%n",
            "rootLogger.level = INFO",
            "rootLogger.appenderRef.out.ref = OUT",
            // The broker's and the controller's per-request chatter drowns what matters for a failing pipeline.
            "logger.kafka.name = kafka",
            "logger.kafka.level = WARN",
            "logger.kafkaserver.name = kafka.server.KafkaRaftServer",
            "logger.kafkaserver.level = INFO",
            "logger.clients.name = org.apache.kafka.clients",
            "logger.clients.level = WARN",
            "logger.common.name = org.apache.kafka.common",
            "logger.common.level = WARN",
            "logger.raft.name = org.apache.kafka.raft",
            "logger.raft.level = WARN",
            "logger.reflections.name = org.reflections",
            "logger.reflections.level = ERROR",
            "");
}
