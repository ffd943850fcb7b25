package dev.sluice.environment.shared;

import dev.sluice.environment.CoreVersion;
import dev.sluice.environment.Settings;
import dev.sluice.sdk.system.StageLibrary;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which core and stage-library versions an environment's engine runs: the run's settings, or,
 * within an upgrade scenario, those settings with some versions changed. Each change is checked
 * for consistency before the environment prepares and swaps in workers of the new versions (a
 * refused one leaves the engine as it was). How workers are prepared and swapped is the
 * environment's: child JVMs locally, images and containers in docker.
 */
public final class EngineVersions {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");

    /** Puts workers of these (checked) versions in place of the running ones; prepares everything before any stops. */
    @FunctionalInterface
    public interface Replacement {
        void replaceWith(Settings versions, MavenArtifacts artifacts);
    }

    private final Settings settings;
    private Map<String, String> changed = Map.of();

    public EngineVersions(Settings settings) {
        this.settings = settings;
    }

    /** Refuses stage libraries built for a newer core than the one these settings name. */
    public static void check(Settings settings, MavenArtifacts artifacts) {
        DeclaredCore.check(
                CoreVersion.of(settings),
                StageLibraryEntry.all(settings, Path.of("")),
                ConsistencyMode.of(settings),
                artifacts);
    }

    /** The versions the engine runs now: the run's, with the scenario's changes. */
    public Settings running() {
        return settings.overriding(changed);
    }

    /** The engine on another core, with the stage-library versions of the matrix for it. */
    public void runOn(String coreVersion, Replacement engine) {
        Map<String, String> next = new HashMap<>(changed);
        next.put(Settings.KAFKA_VERSION, coreVersion);
        change(next, engine, "runs core " + coreVersion);
    }

    /** Another core under the same stage-library versions. */
    public void upgradeCoreTo(String coreVersion, Replacement engine) {
        Map<String, String> next = new HashMap<>(changed);
        for (StageLibraryEntry library : runningLibraries()) {
            if (library instanceof StageLibraryEntry.Known known) {
                next.put(StageLibraryEntry.versionSetting(known.id()), known.version());
            }
        }
        next.put(Settings.KAFKA_VERSION, coreVersion);
        change(next, engine, "core " + CoreVersion.of(running()) + " -> " + coreVersion);
    }

    /** One stage library at another version, on the same core. */
    public void upgradeLibrary(String id, String version, Replacement engine) {
        StageLibrary library = StageLibrary.byId(id);
        List<StageLibraryEntry> libraries = runningLibraries();
        if (libraries.stream().noneMatch(l -> l.id().equals(library.id()))) {
            throw new IllegalArgumentException("The engine has no stage library '" + id + "' to upgrade: it runs "
                    + libraries.stream().map(StageLibraryEntry::id).toList() + " (setting "
                    + Settings.STAGE_LIBRARIES + ")");
        }
        Map<String, String> next = new HashMap<>(changed);
        next.put(Settings.KAFKA_VERSION, CoreVersion.of(running()).text());
        next.put(StageLibraryEntry.versionSetting(library.id()), version);
        change(next, engine, "stage library " + id + " -> " + version);
    }

    /** Back to the run's versions, when a scenario changed them. */
    public void restore(Replacement engine) {
        if (!changed.isEmpty()) {
            change(Map.of(), engine, "restored to the run's versions");
        }
    }

    private List<StageLibraryEntry> runningLibraries() {
        return StageLibraryEntry.all(running(), Path.of(""));
    }

    private void change(Map<String, String> next, Replacement engine, String what) {
        Settings versions = settings.overriding(next);
        long begin = System.nanoTime();
        try (MavenArtifacts artifacts = new MavenArtifacts()) {
            check(versions, artifacts);
            engine.replaceWith(versions, artifacts);
        }
        changed = Map.copyOf(next);
        LOG.info(
                "engine {} in {} s: core {}, stage libraries {}",
                what,
                String.format("%.1f", (System.nanoTime() - begin) / 1e9),
                CoreVersion.of(versions),
                StageLibraryEntry.all(versions, Path.of("")).stream()
                        .map(l -> l.id() + " " + l.version())
                        .toList());
    }
}
