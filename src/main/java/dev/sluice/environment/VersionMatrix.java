package dev.sluice.environment;

import dev.sluice.sdk.system.StageLibrary;
import dev.sluice.sdk.system.Systems;
import dev.sluice.sdk.system.VersionDefaults;
import java.util.Optional;

/**
 * Which stage-library versions go with which core when the user names none: the sum of what each
 * stage library declares ({@link VersionDefaults}), each built against a Kafka API no newer than the
 * core's (the consistency check refuses newer ones) and resolving from the Maven repositories
 * reachable here. src/site/markdown/versions.md's version matrix says what passed with them.
 * Settings the user gives win over these.
 */
public final class VersionMatrix {
    private VersionMatrix() {}

    /** The default of a stage library's version setting for the given core; empty for any other setting. */
    public static Optional<String> defaultFor(String key, String coreVersion) {
        String line;
        try {
            line = CoreVersion.parse(coreVersion).line();
        } catch (IllegalArgumentException e) {
            // The environment's start names the bad version; a default is no place to fail.
            line = "";
        }
        String coreLine = line;
        return Systems.stageLibraries().stream()
                .filter(l -> l.versionSetting().equals(key))
                .map(StageLibrary::versionDefaults)
                .flatMap(Optional::stream)
                .findFirst()
                .map(defaults -> defaults.forCoreLine(coreLine));
    }

    /** Every stage library's version setting, once: what makes one engine differ from another. */
    public static java.util.List<String> versionSettings() {
        return Systems.stageLibraries().stream()
                .map(StageLibrary::versionSetting)
                .distinct()
                .toList();
    }
}
