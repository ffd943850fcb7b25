package dev.sluice.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.environment.Environment;
import dev.sluice.sdk.ConnectClient;
import dev.sluice.sdk.ConnectorStatus;
import dev.sluice.sdk.pipeline.KnownCoreBreaks;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether the engine can still start a source and commit its position: a small source connector of the core
 * (Kafka's MirrorHeartbeatConnector, one record a second) must run and have a committed offset within a deadline,
 * then it is deleted. With exactly-once support on, both its start and its commit read and write the worker's
 * offsets topic, which is what a hanging transaction there blocks for every source of the worker.
 */
public final class EngineCanary {
    /** A healthy engine runs the canary and commits its first offset within about 3 s. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Each request may wait this long: a worker blocked on a stuck read holds its answer for 90 s. */
    private static final Duration ANSWER = Duration.ofSeconds(5);

    private static final Duration POLL = Duration.ofMillis(250);
    private static final String HEARTBEAT = "org.apache.kafka.connect.mirror.MirrorHeartbeatConnector";
    private static final AtomicInteger CHECKS = new AtomicInteger();

    /** What the check saw: healthy, or the canary's state when the deadline passed. */
    public record Verdict(boolean healthy, String seen, Duration took) {}

    private EngineCanary() {}

    /**
     * Why the canary cannot run on this engine, if it cannot: Kafka's own connectors of another release
     * fail there (see {@link KnownCoreBreaks#withoutVersion}). An engine that does not answer is the check's to see.
     */
    public static Optional<String> unavailable(Environment environment) {
        ConnectClient client = new ConnectClient(environment::connectUrl, environment.connectAccess(), ANSWER);
        try {
            return KnownCoreBreaks.withoutVersion(client.kafkaVersion(), client.connectorPlugins(), HEARTBEAT)
                    .map(why -> "its canary needs " + why);
        } catch (RuntimeException notAnswering) {
            return Optional.empty();
        }
    }

    public static Verdict check(Environment environment, String run) {
        ConnectClient client = new ConnectClient(environment::connectUrl, environment.connectAccess(), ANSWER);
        String name = "sluice-canary-" + run + "-" + CHECKS.incrementAndGet();
        long begin = System.nanoTime();
        String seen = "not created";
        try {
            client.createOrUpdate(name, config(environment));
            long deadline = begin + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                Optional<ConnectorStatus> status =
                        attempt(() -> client.status(name).orElse(null));
                JsonNode offsets = status.filter(ConnectorStatus::isRunning).isPresent()
                        ? attempt(() -> client.offsets(name)).orElse(null)
                        : null;
                if (offsets != null && ConnectClient.holdsCommittedOffset(offsets)) {
                    return new Verdict(true, "ran and committed its first offset", since(begin));
                }
                seen = status.map(ConnectorStatus::summary).orElse("no status")
                        + (offsets == null ? ", no committed offset readable" : ", offsets " + offsets);
                Thread.sleep(POLL.toMillis());
            }
            return new Verdict(
                    false,
                    "a source connector of the core did not run and commit its first offset within "
                            + PATIENCE.toSeconds() + " s; last seen: " + seen,
                    since(begin));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Verdict(false, "interrupted; last seen: " + seen, since(begin));
        } catch (RuntimeException e) {
            return new Verdict(false, "the engine refused the canary connector: " + e.getMessage(), since(begin));
        } finally {
            attempt(() -> client.delete(name));
        }
    }

    static Map<String, String> config(Environment environment) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", HEARTBEAT);
        c.put("tasks.max", "1");
        c.put("source.cluster.alias", "canary");
        c.put("target.cluster.alias", "engine");
        c.put("source.cluster.bootstrap.servers", environment.kafkaBootstrapServersForEngine());
        c.put("target.cluster.bootstrap.servers", environment.kafkaBootstrapServersForEngine());
        environment.kafkaClientSettings().forEach((k, v) -> {
            c.put("source.cluster." + k, v);
            c.put("target.cluster." + k, v);
        });
        c.put("emit.heartbeats.interval.seconds", "1");
        c.put("heartbeats.topic.replication.factor", "1");
        return c;
    }

    /** A request to a sick engine may time out or fail: that is something seen, not an error of the check. */
    private static <T> Optional<T> attempt(java.util.function.Supplier<T> request) {
        try {
            return Optional.ofNullable(request.get());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Duration since(long begin) {
        return Duration.ofNanos(System.nanoTime() - begin);
    }
}
