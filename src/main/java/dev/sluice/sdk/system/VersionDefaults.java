package dev.sluice.sdk.system;

import java.util.Map;

/**
 * The version a stage library takes when the user names none: the newest that works on the newest
 * core, and for older core lines ({@code 3.9}) the ones built against a Kafka API no newer than
 * theirs (the consistency check refuses newer ones). Declared by the library, so that the version
 * matrix is the sum of the systems' declarations.
 */
public record VersionDefaults(String newest, Map<String, String> byOlderCoreLine) {
    public VersionDefaults {
        byOlderCoreLine = Map.copyOf(byOlderCoreLine);
    }

    /** The default on a core of this line ({@code 4.1}). */
    public String forCoreLine(String line) {
        return byOlderCoreLine.getOrDefault(line, newest);
    }
}
