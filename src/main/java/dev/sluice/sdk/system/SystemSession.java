package dev.sluice.sdk.system;

import dev.sluice.verify.Destination;

/**
 * One system's part of a workspace: the resources it created there (a database, topics, buckets)
 * and how to read, describe and remove them. What a scenario may write is split by what the
 * system holds: records ({@link SeedsRecords}) or keyed rows ({@link KeyedRows}); {@link #require}
 * refuses the others with a message that says so.
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

    /**
     * The session as one that can do more (see {@link SeedsRecords}, {@link KeyedRows}); a system
     * that cannot is refused, saying what its endpoints are and where a scenario writes instead.
     */
    static <T> T require(SystemSession session, Endpoint endpoint, Class<T> capability, String what) {
        if (capability.isInstance(session)) {
            return capability.cast(session);
        }
        throw new IllegalArgumentException("The " + endpoint.describe() + " cannot " + what + " by a scenario: "
                + endpoint.system().phrase() + "s are "
                + (endpoint.system().canBeOrigin() ? "written by pipelines only here" : "destinations only")
                + ". Write into an origin instead (" + Systems.originPhrases() + ").");
    }
}
