package dev.sluice.sdk.system;

/** A session whose tables a scenario may change while pipelines read them: columns added, dropped, renamed, retyped. */
public interface EvolvesColumns extends SystemSession {

    /** Applies the change to the endpoint's table; a change the database refuses fails with its message. */
    void change(Endpoint endpoint, ColumnChange change);
}
