package dev.sluice.environment;

import java.util.Map;
import java.util.Optional;

/**
 * Which stage-library versions go with which core when the user names none: each was built
 * against a Kafka API no newer than the core's (the consistency check refuses newer ones), and
 * each resolves from the Maven repositories reachable here. src/site/markdown/versions.md's version matrix says what
 * passed with them. Settings the user gives win over these.
 */
public final class VersionMatrix {
    /** Debezium 2.7 was built against Kafka 3.7; 3.2 against 3.9; 3.3 against 4.1.0, 3.4 against 4.1.1 (their parents' version.kafka). */
    private static final Map<String, Map<String, String>> BY_CORE_LINE = Map.of(
            "3.7", older("2.7.0.Final", "2.7.0.Final"),
            "3.8", older("2.7.0.Final", "2.7.0.Final"),
            "3.9", older("3.2.0.Final", "3.2.0.Final"),
            "4.0", older("3.2.0.Final", "3.2.0.Final"));

    private VersionMatrix() {}

    private static Map<String, String> older(String debezium, String debeziumMariaDb) {
        return Map.of(Settings.DEBEZIUM_VERSION, debezium, Settings.DEBEZIUM_MARIADB_VERSION, debeziumMariaDb);
    }

    /** The default of a version setting for the given core, where it differs from the newest core's. */
    public static Optional<String> defaultFor(String key, String coreVersion) {
        try {
            String line = CoreVersion.parse(coreVersion).line();
            return Optional.ofNullable(BY_CORE_LINE.getOrDefault(line, Map.of()).get(key));
        } catch (IllegalArgumentException e) {
            // The environment's start names the bad version; a default is no place to fail.
            return Optional.empty();
        }
    }
}
