package dev.sluice.environment;

/** An environment that can put workers of other versions in its engine's place (upgrade scenarios). */
public interface UpgradableEngine extends Environment {

    /**
     * Replaces the engine's workers by workers of another core (and the stage-library versions the
     * version matrix gives it), in the same group with the same storage topics; for a scenario that
     * starts on that core. Returns once they answer. {@link #restoreEngine} undoes it.
     */
    void runEngineOnCore(String version);

    /** As {@link #runEngineOnCore}, keeping the stage-library versions that run now: an upgrade (or downgrade) of the core alone. */
    void upgradeEngineCore(String version);

    /** The workers restart with one stage library at another version, on the same core. */
    void upgradeStageLibrary(String id, String version);

    /** Back to the run's core and stage libraries, when a scenario changed them; nothing otherwise. */
    void restoreEngine();
}
