package dev.sluice.compare;

import dev.sluice.environment.Settings;
import dev.sluice.environment.shared.StageLibraryEntry;
import dev.sluice.sdk.system.StageLibrary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One side of an A/B comparison: a core version ({@code 4.1.1}), stage-library versions
 * ({@code debezium-postgres:3.3.1.Final}), any Sluice setting ({@code sluice.debezium.version=3.3.1.Final}),
 * or several of these joined by {@code +}; as the settings a run on that stack is given.
 */
public record Stack(String written, Map<String, String> settings) {
    public Stack {
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** Both sides of {@code sluice.compare}: two stacks, comma-separated. */
    public static List<Stack> pair(String setting) {
        String[] sides = setting.split(",", -1);
        if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
            throw invalid(setting, "it needs two stacks separated by a comma, A,B");
        }
        Stack a = parse(sides[0].trim());
        Stack b = parse(sides[1].trim());
        if (a.settings().equals(b.settings())) {
            throw invalid(setting, "both sides are the same stack, so nothing could differ");
        }
        return List.of(a, b);
    }

    public static Stack parse(String side) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String part : side.split("\\+")) {
            String p = part.trim();
            if (p.matches("\\d+\\.\\d+\\.\\d+")) {
                settings.put(Settings.KAFKA_VERSION, p);
            } else if (p.startsWith("sluice.") && p.contains("=")) {
                settings.put(
                        p.substring(0, p.indexOf('=')).trim(),
                        p.substring(p.indexOf('=') + 1).trim());
            } else if (p.matches("[a-z0-9-]+:[^:=]+")) {
                String id = p.substring(0, p.indexOf(':'));
                if (!StageLibrary.ids().contains(id)) {
                    throw invalid(side, "'" + id + "' is not a known stage library (" + StageLibrary.ids() + ")");
                }
                settings.put(StageLibraryEntry.versionSetting(id), p.substring(p.indexOf(':') + 1));
            } else {
                throw invalid(
                        side, "'" + p + "' is neither a core version, a stage library and its version, nor a setting");
            }
        }
        return new Stack(side, settings);
    }

    private static IllegalArgumentException invalid(String value, String why) {
        return new IllegalArgumentException("The setting sluice.compare has '" + value + "': " + why + ". A stack is "
                + "a core version (4.1.1), a stage library and its version (debezium-postgres:3.3.1.Final), a setting "
                + "(sluice.debezium.version=3.3.1.Final), or several joined by '+'; e.g. "
                + "-Dsluice.compare=4.1.1,4.3.1");
    }
}
