package dev.sluice.sdk.format;

import dev.sluice.sdk.system.Services;

/**
 * Records that carry a schema registry's id in place of their schema (Confluent's wire format: a
 * zero byte, a 4-byte schema id, the body): read by a plug-in that knows the registry, registered
 * in {@code META-INF/services/dev.sluice.sdk.format.FramedRecords}. Topic checks read them whoever
 * wrote them.
 */
public interface FramedRecords {

    /** A reader for one session's topics; it asks for its service only when the first framed record comes. */
    Reader reader(Services services);

    /** Reads framed records as Connect's JSON with schema, so that every check reads them like any JSON record. */
    interface Reader {
        /** The record as {@code {"schema": …, "payload": …}}; an id the registry does not know fails, saying where. */
        String asConnectJson(byte[] bytes, String where);

        /**
         * Why a record that is neither framed nor text may still be the registry's (its schema named in headers
         * instead, by a writer of this plug-in's kind), and how to fix its writer; empty when nothing is known.
         */
        default java.util.Optional<String> hintForUnframed(java.util.Set<String> headerNames) {
            return java.util.Optional.empty();
        }
    }

    /** Whether the bytes begin like a record of Confluent's wire format (too short or another first byte: no). */
    static boolean isFramed(byte[] bytes) {
        return bytes != null && bytes.length >= 5 && bytes[0] == 0;
    }

    /** The schema id of a framed record. */
    static int schemaId(byte[] bytes) {
        return java.nio.ByteBuffer.wrap(bytes, 1, 4).getInt();
    }
}
