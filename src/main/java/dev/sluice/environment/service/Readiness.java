package dev.sluice.environment.service;

/** The signal a started service gives once it can be used; each environment checks it its own way. */
public sealed interface Readiness {

    /** An HTTP GET of this path on the service's port answers 200. */
    record HttpOk(String path) implements Readiness {}

    /** Its port accepts a connection. */
    record PortListens() implements Readiness {}

    /** Its log has a line matching this regular expression (a local process's own signal). */
    record LogLine(String regex) implements Readiness {}

    /**
     * Its port accepts a connection, then this check (given the address as the tests reach it) holds:
     * for a service that listens before it can answer. Exceptions count as "not yet".
     */
    record Answers(String description, Check check) implements Readiness {}

    /** A check of a started service at its address. */
    @FunctionalInterface
    interface Check {
        boolean answers(Object address) throws Exception;
    }
}
