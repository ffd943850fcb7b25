package dev.sluice.sdk.system;

/**
 * Where a pipeline reads from or writes to, in the phrasebook's words: a system's phrase and a
 * name, e.g. {@code PostgreSQL table "warehouse.customers"}. Each system has its own endpoint type
 * with its own name rules; the engine-side names are derived per workspace.
 */
public interface Endpoint {

    DataSystem system();

    /** The name the feature gives. */
    String name();

    /** The phrase form, e.g. {@code PostgreSQL table "warehouse.customers"}. */
    default String describe() {
        return system().phrase() + " \"" + name() + "\"";
    }

    /** Any system's endpoint from its phrase form; an unknown phrase lists the known ones. */
    static Endpoint parse(String phrase) {
        return Systems.parse(phrase);
    }
}
