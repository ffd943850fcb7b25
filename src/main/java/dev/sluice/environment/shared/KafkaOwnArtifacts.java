package dev.sluice.environment.shared;

import dev.sluice.environment.CoreVersion;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka's own plugins and the distribution's extras (connect-file, connect-mirror, the basic-auth
 * extension) at the core's release, or, where the Maven repositories reachable here do not serve
 * that release (4.2.1's connect-file, 4.4.0's connect-mirror), the nearest one that is served: an
 * earlier patch release of the same line, then, for a core newer than any that passed, that one's.
 * Never a newer release of the same line, and never a newer line for an older core.
 */
final class KafkaOwnArtifacts {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");
    private static final java.util.Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private KafkaOwnArtifacts() {}

    /** The releases tried for this core, in order. */
    static List<String> candidates(CoreVersion core) {
        List<String> releases = new ArrayList<>(List.of(core.text()));
        for (int patch = core.patch() - 1; patch >= 0; patch--) {
            releases.add(core.line() + "." + patch);
        }
        CoreVersion newestPassed = CoreVersion.parse(CoreVersion.NEWEST_PASSED);
        if (core.compareTo(newestPassed) > 0 && !releases.contains(newestPassed.text())) {
            releases.add(newestPassed.text());
        }
        return releases;
    }

    /**
     * The release of {@code groupId:artifactId[:extension]} served for this core; throws the core's own
     * resolution error when none of the candidates is served.
     */
    static String servedRelease(String artifact, CoreVersion core, MavenArtifacts artifacts) {
        IllegalStateException first = null;
        for (String release : candidates(core)) {
            try {
                artifacts.artifact(artifact + ":" + release);
                if (!release.equals(core.text()) && WARNED.add(artifact + ":" + core.text())) {
                    LOG.warn(
                            "{}:{} is not served by the Maven repositories: the engine gets {} instead",
                            artifact,
                            core.text(),
                            release);
                }
                return release;
            } catch (IllegalStateException notServed) {
                first = first == null ? notServed : first;
            }
        }
        throw first;
    }
}
