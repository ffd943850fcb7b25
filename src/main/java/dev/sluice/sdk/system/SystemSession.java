package dev.sluice.sdk.system;

import dev.sluice.verify.Destination;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.TableData;

/**
 * One system's part of a workspace: the resources it created there (a database, topics, buckets)
 * and how to seed, read, describe and remove them. Writing operations a system does not support
 * are refused with a message that says so.
 */
public interface SystemSession extends AutoCloseable {

    DataSystem system();

    /** The origin's fields and key; throws when it does not exist, saying how to create it. */
    OriginSchema describe(Endpoint origin);

    /** The endpoint as a destination, read directly (never through the engine). */
    Destination destination(Endpoint endpoint);

    /**
     * The endpoint as a reader that sees only committed writes of transactional producers (an
     * exactly-once pipeline's); the same as {@link #destination} for systems without such writes.
     */
    default Destination committedDestination(Endpoint endpoint) {
        return destination(endpoint);
    }

    /** Prepares what a sink cannot create itself (a schema, a bucket). */
    default void prepareDestination(Endpoint destination) {}

    /** Creates the endpoint with these rows (replacing one of that name), or writes them as records. */
    default void seed(Endpoint endpoint, SeedTable rows) {
        throw refused(endpoint, "be seeded with rows");
    }

    /** Creates the endpoint with {@code count} generated rows (see the README for their columns). */
    default void seedGenerated(Endpoint endpoint, int count) {
        throw refused(endpoint, "be seeded with generated rows");
    }

    /** Inserts {@code count} more generated rows, with the ids after the highest, in one transaction. */
    default void insertGenerated(Endpoint endpoint, int count) {
        throw refused(endpoint, "take more generated rows");
    }

    default void insert(Endpoint endpoint, TableData rows) {
        throw refused(endpoint, "take inserted rows");
    }

    /** Updates rows matched by their {@code id}. */
    default void update(Endpoint endpoint, TableData rows) {
        throw refused(endpoint, "take updates");
    }

    /** Deletes the rows with these key values (the table's header is the key's columns). */
    default void delete(Endpoint endpoint, TableData keys) {
        throw refused(endpoint, "take deletes");
    }

    default void deleteById(Endpoint endpoint, long id) {
        throw refused(endpoint, "take deletes");
    }

    /** Removes everything this session created; safe to call more than once. */
    @Override
    void close();

    /**
     * Leaves what this session created in place for a person to look at (a failed scenario with
     * {@code sluice.keep=true}), releases its connections, and says what is left and how to reach
     * it, one line each; lines may hold credentials (the caller masks them for reports). A system
     * that cannot keep its data removes it and says so.
     */
    default java.util.List<String> keep() {
        close();
        return java.util.List.of(system().id() + ": removed (this system cannot keep a scenario's data)");
    }

    private IllegalArgumentException refused(Endpoint endpoint, String what) {
        return new IllegalArgumentException("The " + endpoint.describe() + " cannot " + what + " by a scenario: "
                + endpoint.system().phrase() + "s are "
                + (endpoint.system().canBeOrigin() ? "written by pipelines only here" : "destinations only")
                + ". Write into an origin instead (" + Systems.originPhrases() + ").");
    }
}
