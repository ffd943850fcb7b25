package dev.sluice.sdk.system;

import java.util.List;

/**
 * A session that says what shape an endpoint has now, as the system itself reports it: a table's
 * columns and their SQL types, a lake table's schema, the fields of a topic's latest record.
 */
public interface ReportsColumns extends SystemSession {

    /** A column and its type, in the system's own words ({@code bigint}, {@code long}, {@code int64}). */
    record Column(String name, String type) {}

    /** The endpoint's columns in the system's order; empty when it does not exist (yet). */
    List<Column> columns(Endpoint endpoint);
}
