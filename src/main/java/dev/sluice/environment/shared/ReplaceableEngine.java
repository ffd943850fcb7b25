package dev.sluice.environment.shared;

import dev.sluice.environment.Settings;
import dev.sluice.environment.UpgradableEngine;

/**
 * An environment that owns its engine's workers and can put workers of other versions in their
 * place (upgrade scenarios). The version bookkeeping and the consistency check are shared ({@link
 * EngineVersions}); preparing and swapping the workers is the environment's own.
 */
public interface ReplaceableEngine extends UpgradableEngine {
    /** The versions the engine runs now, and the changes a scenario made. */
    EngineVersions engineVersions();

    /**
     * Prepares workers of these versions (already checked for consistency), then stops the running
     * ones cleanly and starts the new ones in the same group; returns once they answer.
     */
    void replaceEngine(Settings versions, MavenArtifacts artifacts);

    @Override
    default void runEngineOnCore(String version) {
        engineVersions().runOn(version, this::replaceEngine);
    }

    @Override
    default void upgradeEngineCore(String version) {
        engineVersions().upgradeCoreTo(version, this::replaceEngine);
    }

    @Override
    default void upgradeStageLibrary(String id, String version) {
        engineVersions().upgradeLibrary(id, version, this::replaceEngine);
    }

    @Override
    default void restoreEngine() {
        engineVersions().restore(this::replaceEngine);
    }
}
