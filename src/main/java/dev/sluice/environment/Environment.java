package dev.sluice.environment;

import dev.sluice.sdk.ConnectAccess;
import dev.sluice.sdk.system.EngineFiles;
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

    /** How the Kafka Connect REST API lets Sluice in: open by default. */
    default ConnectAccess connectAccess() {
        return ConnectAccess.OPEN;
    }

    /**
     * Settings every Kafka client Sluice makes adds (security protocol, SASL, TLS), and that
     * connectors with clients of their own are given; none by default.
     */
    default Map<String, String> kafkaClientSettings() {
        return Map.of();
    }

    /** Kafka bootstrap servers, as the tests reach them. */
    String kafkaBootstrapServers();

    /** Kafka bootstrap servers, as the pipeline engine reaches them. */
    default String kafkaBootstrapServersForEngine() {
        return kafkaBootstrapServers();
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
        tests.put(Services.KAFKA_CLIENT, kafkaClientSettings());
        engine.put(Services.KAFKA_CLIENT, kafkaClientSettings());
        engine.put(EngineFiles.SERVICE, (EngineFiles) this::engineSidePath);
        addServices(tests, engine);
        return new Services(name(), tests, engine);
    }

    /**
     * Adds the service plug-ins' addresses by id, as the tests and as the engine reach them; a value
     * may be a {@link Services.OnDemand} that starts the service on first use.
     */
    default void addServices(Map<String, Object> forTests, Map<String, Object> forEngine) {}

    /**
     * Where the engine reads this file of the project. By default the engine shares the tests'
     * file system (local, and external environments on the same machine): the absolute path.
     */
    default String engineSidePath(java.nio.file.Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** The last lines of the pipeline engine's log, for failure reports; empty when unknown. */
    default java.util.List<String> engineLogTail(int lines) {
        return java.util.List.of();
    }

    /** How long each service this environment started took to become ready; empty when it started none. */
    default java.util.Map<String, java.time.Duration> startTimes() {
        return java.util.Map.of();
    }

    /** Whether this run attached to an environment an earlier run kept for reuse ({@code sluice.reuse}). */
    default boolean reused() {
        return false;
    }

    /**
     * Whether this environment owns its services (it starts and stops them), so that scenarios that
     * kill, restart or replace them may run (see the fault steps); what it can do to them is the
     * capabilities it implements ({@link EngineWorkers}, {@link ServiceFaults}, …, see {@link Capabilities}).
     */
    default boolean controlsServices() {
        return false;
    }

    /** For a kept environment: the shell command that stops it (empty when there is nothing to stop). */
    default Optional<String> stopCommand() {
        return Optional.empty();
    }

    /** Stops and removes what this environment started. Safe to call more than once. */
    @Override
    void close();
}
