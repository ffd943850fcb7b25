package dev.sluice.environment;

import dev.sluice.sdk.ConnectAccess;
import dev.sluice.sdk.PostgresEndpoint;
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

    /** PostgreSQL, as the tests reach it. */
    PostgresEndpoint postgres();

    /** PostgreSQL, as the pipeline engine reaches it (differs from {@link #postgres()} in containers). */
    default PostgresEndpoint postgresForEngine() {
        return postgres();
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
        tests.put("postgres", postgres());
        engine.put("postgres", postgresForEngine());
        engine.put(EngineFiles.SERVICE, (EngineFiles) this::engineSidePath);
        addServices(tests, engine);
        return new Services(name(), tests, engine);
    }

    /**
     * Adds the services that have no getter of their own, by id, as the tests and as the engine
     * reach them; a value may be a {@link Services.OnDemand} that starts the service on first use.
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

    /** Whether this environment can kill and restart its services (see the fault steps). */
    default boolean controlsServices() {
        return false;
    }

    /** Kills the pipeline engine the hard way (no shutdown) and starts it again; returns once it is ready. */
    default void killAndRestartEngine() {
        throw new UnsupportedOperationException("The " + name() + " environment does not control the pipeline engine");
    }

    /** The engine's workers by Connect's worker id ({@code host:port}); {@link #connectUrl()} is one that runs. */
    default java.util.List<String> engineWorkers() {
        return java.util.List.of();
    }

    /** Starts workers in the engine's group until it has {@code count}; returns once each answers. */
    default void scaleEngineTo(int count) {
        throw new UnsupportedOperationException("The " + name() + " environment cannot add workers to the engine");
    }

    /** Kills one worker the hard way and does not start it again: the group must give its tasks to the others. */
    default void killEngineWorker(String workerId) {
        throw new UnsupportedOperationException("The " + name() + " environment does not control the engine's workers");
    }

    /**
     * Replaces the engine's workers by workers of another core (and the stage-library versions the
     * version matrix gives it), in the same group with the same storage topics; for a scenario that
     * starts on that core. Returns once they answer. {@link #restoreEngine} undoes it.
     */
    default void runEngineOnCore(String version) {
        throw new UnsupportedOperationException("The " + name() + " environment cannot change its engine's core");
    }

    /** As {@link #runEngineOnCore}, keeping the stage-library versions that run now: an upgrade (or downgrade) of the core alone. */
    default void upgradeEngineCore(String version) {
        throw new UnsupportedOperationException("The " + name() + " environment cannot change its engine's core");
    }

    /** The workers restart with one stage library at another version, on the same core. */
    default void upgradeStageLibrary(String id, String version) {
        throw new UnsupportedOperationException(
                "The " + name() + " environment cannot change its engine's stage libraries");
    }

    /** Back to the run's core and stage libraries, when a scenario changed them; nothing otherwise. */
    default void restoreEngine() {}

    /** Kills the Kafka broker the hard way and starts it again on the same data; returns once it answers. */
    default void killAndRestartBroker() {
        throw new UnsupportedOperationException("The " + name() + " environment does not control the Kafka broker");
    }

    /** Cuts PostgreSQL off the network the engine reaches it through, for {@code cut}; returns once it answers again. */
    default void cutNetworkToPostgres(java.time.Duration cut) {
        throw new UnsupportedOperationException("The " + name() + " environment cannot cut a network: its services "
                + "share the loopback interface. The docker environment can (each service is a container).");
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
