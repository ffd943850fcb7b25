package dev.sluice.sdk.system;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of system a pipeline reads from or writes to — a PostgreSQL table, a Kafka topic, an
 * S3 data lake. Everything specific to it lives in its own package behind this interface: its
 * phrase and name rules, the connector configuration that makes it an origin (into a topic) or a
 * destination (from a topic), its stage libraries, and (through {@link #open}) seeding, reading,
 * schema description and clean-up. Implementations are found by {@link java.util.ServiceLoader}
 * and listed by {@link Systems}; nothing else names them.
 */
public interface DataSystem extends PlaceholderSource, StageLibraryProvider {

    /** What the system is called and what it can be: the registry's table row. */
    Traits traits();

    /**
     * A system's name and abilities. {@code id} is also the name of its service in an environment;
     * {@code phrase} comes before the quoted name ({@code PostgreSQL table}); {@code sampleName} is
     * a name a feature could give, for samples and documentation; {@code nameRules} says what a
     * valid name looks like.
     */
    record Traits(
            String id,
            String phrase,
            String sampleName,
            String nameRules,
            boolean canBeOrigin,
            boolean canBeDestination) {}

    default String id() {
        return traits().id();
    }

    default String phrase() {
        return traits().phrase();
    }

    default String sampleName() {
        return traits().sampleName();
    }

    default String nameRules() {
        return traits().nameRules();
    }

    default boolean canBeOrigin() {
        return traits().canBeOrigin();
    }

    default boolean canBeDestination() {
        return traits().canBeDestination();
    }

    /** The endpoint with that name; throws {@link IllegalArgumentException} saying what a valid name is. */
    Endpoint endpoint(String name);

    /** Whether the endpoint is itself a topic of the engine (records are routed to it or read from it directly). */
    default boolean isTopic() {
        return false;
    }

    /** The engine-side topic this endpoint is, for a system that {@link #isTopic() is a topic}. */
    default Optional<String> topic(Endpoint endpoint, Namespace namespace) {
        return Optional.empty();
    }

    /** Other systems (by id) whose resources a pipeline of this system uses, e.g. a catalog database. */
    default List<String> needs() {
        return List.of();
    }

    /** The stage libraries that provide this system's connectors. */
    @Override
    List<StageLibrary> stageLibraries();

    /**
     * The source connector that reads the origin into the topic; empty when the origin is the topic
     * itself. Throws {@link IllegalArgumentException} for an origin the connector cannot read, saying why.
     */
    Optional<Map<String, String>> source(Endpoint origin, OriginSchema schema, String topic, ConnectorContext context);

    /** The sink connector that writes the topic into the destination; empty when the destination is the topic itself. */
    Optional<Map<String, String>> sink(String topic, Endpoint destination, SinkInput input, ConnectorContext context);

    /** None by default. */
    @Override
    default void addPlaceholders(Placeholders placeholders, ConnectorContext context) {}

    /** This system's part of one workspace: seeding, reading, describing, preparing and cleaning up. */
    SystemSession open(Services services, Namespace namespace);
}
