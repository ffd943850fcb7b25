package dev.sluice.sdk.system;

import java.util.Map;
import java.util.Optional;

/**
 * The version a stage library takes when the user names none: the newest that works on the newest
 * core, and for older core lines ({@code 3.9}) the ones built against a Kafka API no newer than
 * theirs (the consistency check refuses newer ones). Declared by the library, so that the version
 * matrix is the sum of the systems' declarations. A library none of whose releases known here runs
 * from some core line on says so ({@link CoreBreak}): its pipelines are refused there, saying why.
 */
public record VersionDefaults(String newest, Map<String, String> byOlderCoreLine, CoreBreak knownBreak) {
    public VersionDefaults {
        byOlderCoreLine = Map.copyOf(byOlderCoreLine);
    }

    public VersionDefaults(String newest, Map<String, String> byOlderCoreLine) {
        this(newest, byOlderCoreLine, null);
    }

    /**
     * From core line {@code fromCoreLine} on, releases up to {@code throughVersion} fail (the engine's
     * error for them is {@code why}); a newer release is not covered and runs, to be tried.
     */
    public record CoreBreak(String fromCoreLine, String throughVersion, String why) {}

    /** The default on a core of this line ({@code 4.1}). */
    public String forCoreLine(String line) {
        return byOlderCoreLine.getOrDefault(line, newest);
    }

    public Optional<CoreBreak> coreBreak() {
        return Optional.ofNullable(knownBreak);
    }
}
