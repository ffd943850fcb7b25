package dev.sluice.environment;

/**
 * An environment that can throw its engine away and start a new one: new workers in a new group with new storage
 * topics. What a sick engine is replaced by (see {@code dev.sluice.workspace.EngineHealth}); a capability of its own
 * because only environments that own their workers have it.
 */
public interface RenewableEngine extends Environment {
    /**
     * Kills the engine's workers and starts as many in a new group, with new storage topics; returns the new group id
     * once each answers. Connectors of the old group are gone with it.
     */
    String renewEngine();

    /** The engine's group id now; its storage topics are named after it ({@code <group>-offsets}, …). */
    String engineGroup();
}
