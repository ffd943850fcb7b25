package dev.sluice.environment;

import dev.sluice.sdk.PostgresEndpoint;
import dev.sluice.sdk.system.Services;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a pipeline scenario needs, already running. Implementations start services
 * ({@code local}), containers ({@code docker}) or only point at systems that run elsewhere
 * ({@code external}); the rest of Sluice never asks which.
 */
public interface Environment extends AutoCloseable {

    String name();

    /** Starts what this environment owns (idempotent) and returns once all of it is ready. */
    void start();

    /** The Kafka Connect REST API, as the tests reach it. */
    URI connectUrl();

    /** Kafka bootstrap servers, as the tests reach them. */
    String kafkaBootstrapServers();

    /** Kafka bootstrap servers, as the pipeline engine reaches them. */
    default String kafkaBootstrapServersForEngine() {
        return kafkaBootstrapServers();
    }

    /** PostgreSQL, as the tests reach it. */
    PostgresEndpoint postgres();

    /** PostgreSQL, as the pipeline engine reaches it (differs from {@link #postgres()} in containers). */
    default PostgresEndpoint postgresForEngine() {
        return postgres();
    }

    /** The S3-compatible server, as the tests reach it; empty when this environment has none. */
    default java.util.Optional<dev.sluice.sdk.S3Endpoint> s3() {
        return java.util.Optional.empty();
    }

    /** The S3-compatible server, as the pipeline engine reaches it. */
    default java.util.Optional<dev.sluice.sdk.S3Endpoint> s3ForEngine() {
        return s3();
    }

    /**
     * The running services by id, as the tests and as the engine reach them: what the systems
     * ({@link dev.sluice.sdk.system.DataSystem}) look up to seed, read and configure connectors.
     */
    default Services services() {
        Map<String, Object> tests = new LinkedHashMap<>();
        Map<String, Object> engine = new LinkedHashMap<>();
        tests.put("kafka", kafkaBootstrapServers());
        engine.put("kafka", kafkaBootstrapServersForEngine());
        tests.put("postgres", postgres());
        engine.put("postgres", postgresForEngine());
        s3().ifPresent(s -> tests.put("s3", s));
        s3ForEngine().ifPresent(s -> engine.put("s3", s));
        addServices(tests, engine);
        return new Services(name(), tests, engine);
    }

    /**
     * Adds the services that have no getter of their own, by id, as the tests and as the engine
     * reach them; a value may be a {@link Services.OnDemand} that starts the service on first use.
     */
    default void addServices(Map<String, Object> forTests, Map<String, Object> forEngine) {}

    /** The last lines of the pipeline engine's log, for failure reports; empty when unknown. */
    default java.util.List<String> engineLogTail(int lines) {
        return java.util.List.of();
    }

    /** How long each service this environment started took to become ready; empty when it started none. */
    default java.util.Map<String, java.time.Duration> startTimes() {
        return java.util.Map.of();
    }

    /** Whether this environment can kill and restart its services (see the fault steps). */
    default boolean controlsServices() {
        return false;
    }

    /** Kills the pipeline engine the hard way (no shutdown) and starts it again; returns once it is ready. */
    default void killAndRestartEngine() {
        throw new UnsupportedOperationException("The " + name() + " environment does not control the pipeline engine");
    }

    /** Kills the Kafka broker the hard way and starts it again on the same data; returns once it answers. */
    default void killAndRestartBroker() {
        throw new UnsupportedOperationException("The " + name() + " environment does not control the Kafka broker");
    }

    /** Stops PostgreSQL and starts it again with the same data; returns once it accepts connections. */
    default void restartPostgres() {
        throw new UnsupportedOperationException("The " + name() + " environment does not control PostgreSQL");
    }

    /** For a kept environment: the shell command that stops it (empty when there is nothing to stop). */
    default Optional<String> stopCommand() {
        return Optional.empty();
    }

    /** Stops and removes what this environment started. Safe to call more than once. */
    @Override
    void close();
}
