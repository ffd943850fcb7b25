package dev.sluice.environment.local;

import dev.sluice.environment.CoreVersion;
import dev.sluice.environment.Settings;
import dev.sluice.environment.shared.ConsistencyMode;
import dev.sluice.environment.shared.DeclaredCore;
import dev.sluice.environment.shared.EngineArtifacts;
import dev.sluice.environment.shared.MavenArtifacts;
import dev.sluice.environment.shared.StageLibraryEntry;
import dev.sluice.environment.shared.StageLibraryInstaller;
import dev.sluice.sdk.system.StageLibrary;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which core and stage-library versions the local engine runs: the run's settings, or, within an
 * upgrade scenario, those settings with some versions changed. Each change is checked for
 * consistency and installed before any worker stops, so a refused one leaves the engine as it was.
 */
final class EngineVersions {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");

    /** A core with the plugin directories of its stage libraries, ready for workers to start on. */
    record Build(EngineCore core, List<Path> pluginPath, List<StageLibraryEntry> libraries) {}

    private final Settings settings;
    private final Path workDir;
    private Map<String, String> changed = Map.of();
    private Build running;

    EngineVersions(Settings settings, Path workDir) {
        this.settings = settings;
        this.workDir = workDir;
    }

    /** Refuses stage libraries built for a newer core than the one these settings name. */
    static void check(Settings settings, MavenArtifacts artifacts) {
        DeclaredCore.check(
                CoreVersion.of(settings),
                StageLibraryEntry.all(settings, Path.of("")),
                ConsistencyMode.of(settings),
                artifacts);
    }

    /** Resolves the core and installs the stage libraries of these settings (checked before by {@link #check}). */
    Build build(Settings versions, MavenArtifacts artifacts) {
        CoreVersion core = CoreVersion.of(versions);
        StageLibraryInstaller installer = new StageLibraryInstaller(workDir, artifacts);
        List<StageLibraryEntry> libraries = StageLibraryEntry.all(versions, Path.of(""));
        List<Path> plugins = libraries.stream().map(installer::install).toList();
        EngineCore engineCore =
                new EngineCore(core, EngineArtifacts.classpath(artifacts, EngineArtifacts.connectCore(core.text())));
        return new Build(engineCore, plugins, libraries);
    }

    /** The run's own versions, as the environment starts them. */
    Build initial(MavenArtifacts artifacts) {
        running = build(settings, artifacts);
        return running;
    }

    /** The engine on another core, with the stage-library versions of the matrix for it. */
    void runOn(String coreVersion, EngineCluster engine) {
        Map<String, String> next = new HashMap<>(changed);
        next.put(Settings.KAFKA_VERSION, coreVersion);
        change(next, engine, "runs core " + coreVersion);
    }

    /** Another core under the same stage-library versions. */
    void upgradeCoreTo(String coreVersion, EngineCluster engine) {
        Map<String, String> next = new HashMap<>(changed);
        for (StageLibraryEntry library : running.libraries()) {
            if (library instanceof StageLibraryEntry.Known known) {
                next.put(StageLibraryEntry.versionSetting(known.id()), known.version());
            }
        }
        next.put(Settings.KAFKA_VERSION, coreVersion);
        change(next, engine, "core " + running.core().version() + " -> " + coreVersion);
    }

    /** One stage library at another version, on the same core. */
    void upgradeLibrary(String id, String version, EngineCluster engine) {
        StageLibrary library = StageLibrary.byId(id);
        if (running.libraries().stream().noneMatch(l -> l.id().equals(library.id()))) {
            throw new IllegalArgumentException("The engine has no stage library '" + id + "' to upgrade: it runs "
                    + running.libraries().stream().map(StageLibraryEntry::id).toList() + " (setting "
                    + Settings.STAGE_LIBRARIES + ")");
        }
        Map<String, String> next = new HashMap<>(changed);
        next.put(Settings.KAFKA_VERSION, running.core().version().text());
        next.put(StageLibraryEntry.versionSetting(library.id()), version);
        change(next, engine, "stage library " + id + " -> " + version);
    }

    /** Back to the run's versions, when a scenario changed them. */
    void restore(EngineCluster engine) {
        if (!changed.isEmpty()) {
            change(Map.of(), engine, "restored to the run's versions");
        }
    }

    private void change(Map<String, String> next, EngineCluster engine, String what) {
        Settings versions = settings.overriding(next);
        long begin = System.nanoTime();
        Build build;
        try (MavenArtifacts artifacts = new MavenArtifacts()) {
            check(versions, artifacts);
            build = build(versions, artifacts);
        }
        engine.replaceAll(build.core(), build.pluginPath());
        running = build;
        changed = Map.copyOf(next);
        LOG.info(
                "engine {} in {} s: core {}, stage libraries {}",
                what,
                String.format("%.1f", (System.nanoTime() - begin) / 1e9),
                build.core().version(),
                build.libraries().stream().map(l -> l.id() + " " + l.version()).toList());
    }
}
