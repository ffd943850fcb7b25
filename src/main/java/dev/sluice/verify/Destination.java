package dev.sluice.verify;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A place a pipeline writes to, read directly (never through the engine). */
public interface Destination {

    /** The phrase form, e.g. {@code PostgreSQL table "customers"}. */
    String describe();

    Snapshot read();

    /**
     * Whether every record delivered stays visible (a topic, an append-only lake), so that a
     * duplicate would show. A table that upserts by key hides duplicates: no exactly-once check there.
     */
    default boolean keepsEveryRecord() {
        return false;
    }

    /** Whether records are read in the order they were written (per key at least): a log, such as a topic. */
    default boolean ordered() {
        return false;
    }

    /**
     * The rows as they stand now, one per key: a table's rows; a log's latest record per key, a
     * delete removing the key. Throws {@link UnsupportedOperationException} where that cannot be known.
     */
    default List<Map<String, Object>> current(List<String> keyColumns) {
        return read().records();
    }

    /** The columns that identify a row here (a table's primary key); empty where rows have no key. */
    default List<String> keyColumns() {
        return List.of();
    }

    /** How many records it holds; cheaper than {@link #read()} where the destination can count. */
    default int count() {
        return read().records().size();
    }

    /**
     * At least as many as it holds, found quickly enough to be polled while rows flow (a topic: its
     * offsets, tombstones and transaction markers included); {@link #count()} where that is cheap.
     */
    default long recordsAtMost() {
        return count();
    }

    /**
     * Whether {@link #recordsAtMost()} costs far less than {@link #read()} (a topic's offsets, a table's count), so
     * that an eventual check asks it first and reads only once the count allows what it expects.
     */
    default boolean boundsCheaply() {
        return false;
    }

    /**
     * Reads for a check that looks again and again until a deadline: each look answers what {@link #read()} and
     * {@link #count()} would then. A destination that can read only what arrived since the last look (a topic) does.
     */
    default Looks looks() {
        return new Looks() {
            @Override
            public Snapshot read() {
                return Destination.this.read();
            }

            @Override
            public int count() {
                return Destination.this.count();
            }
        };
    }

    /** The reads of one eventual check ({@link #looks()}); closed when it ends. */
    interface Looks extends AutoCloseable {
        Snapshot read();

        int count();

        @Override
        default void close() {}
    }

    /**
     * What a destination held when read: its records as field → value, the columns it has (empty
     * when it does not exist yet), and each record's full text, for searching anywhere in it.
     */
    record Snapshot(List<Map<String, Object>> records, Optional<List<String>> columns, List<String> texts) {}
}
