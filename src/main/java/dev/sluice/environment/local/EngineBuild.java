package dev.sluice.environment.local;

import dev.sluice.environment.CoreVersion;
import dev.sluice.environment.Settings;
import dev.sluice.environment.shared.EngineArtifacts;
import dev.sluice.environment.shared.MavenArtifacts;
import dev.sluice.environment.shared.StageLibraryEntry;
import dev.sluice.environment.shared.StageLibraryInstaller;
import java.nio.file.Path;
import java.util.List;

/** A core with the plugin directories of its stage libraries, ready for local workers to start on. */
record EngineBuild(EngineCore core, List<Path> pluginPath) {
    /** Resolves the core and installs the stage libraries these settings name (checked before, see EngineVersions). */
    static EngineBuild of(Settings versions, Path workDir, MavenArtifacts artifacts) {
        CoreVersion core = CoreVersion.of(versions);
        StageLibraryInstaller installer = new StageLibraryInstaller(workDir, artifacts);
        List<Path> plugins = StageLibraryEntry.all(versions, Path.of("")).stream()
                .map(installer::install)
                .toList();
        return new EngineBuild(new EngineCore(core, EngineArtifacts.connectClasspath(artifacts, core)), plugins);
    }
}
