package dev.sluice.environment.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Does every stage library fit the core it is composed onto? Each stage-library image says which
 * core version and build it was built for; the core image says what it is. A mismatch is version
 * skew, handled as {@link dev.sluice.environment.shared.ConsistencyMode} says.
 */
public final class ConsistencyCheck {
    public static final String VERSION = "dev.sluice.version";
    public static final String BUILD = "dev.sluice.build";
    public static final String BUILT_FOR_CORE_VERSION = "dev.sluice.built-for.core.version";
    public static final String BUILT_FOR_CORE_BUILD = "dev.sluice.built-for.core.build";

    private ConsistencyCheck() {}

    /** One sentence per stage library that was built for another core than the one given. */
    public static List<String> mismatches(
            String coreImage, Map<String, String> coreLabels, Map<String, Map<String, String>> stageLabelsByImage) {
        String coreVersion = coreLabels.getOrDefault(VERSION, "?");
        String coreBuild = coreLabels.getOrDefault(BUILD, "?");
        List<String> problems = new ArrayList<>();
        stageLabelsByImage.forEach((image, labels) -> {
            String wantedVersion = labels.getOrDefault(BUILT_FOR_CORE_VERSION, "?");
            String wantedBuild = labels.getOrDefault(BUILT_FOR_CORE_BUILD, "?");
            if (!wantedVersion.equals(coreVersion) || !wantedBuild.equals(coreBuild)) {
                problems.add(
                        "stage library " + image + " was built for core " + wantedVersion + " (build " + wantedBuild
                                + "), but the core " + coreImage + " is " + coreVersion + " (build " + coreBuild + ")");
            }
        });
        return problems;
    }

    /** The whole report: how to fix it, and how to go on anyway. */
    public static String describe(List<String> mismatches) {
        return "Version skew between the core and its stage libraries:\n  - " + String.join("\n  - ", mismatches)
                + "\nRebuild the stage libraries for this core (docker/build.sh with the same -Dsluice.*.version settings), "
                + "or run with -Dsluice.consistency=warn to go on anyway.";
    }
}
