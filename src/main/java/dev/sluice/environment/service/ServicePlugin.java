package dev.sluice.environment.service;

import java.util.List;

/**
 * A service some system needs (a database server, a schema registry), as a plug-in: found by
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.sluice.environment.service.ServicePlugin})
 * and listed by {@link ServicePlugins}, so that the environments start, reach and stop it without
 * naming it. What it can do is said by the capabilities it implements: {@link RunsLocally},
 * {@link RunsInContainer}, {@link ReachedExternally}. An environment that needs a capability the
 * service lacks says so, naming the service and the environment.
 */
public interface ServicePlugin {

    /**
     * Its id: the key systems look it up by in {@link dev.sluice.sdk.system.Services}, the prefix of
     * its settings ({@code sluice.<id>.*}), its recipe {@code docker/<id>/} and its name in logs.
     */
    String id();

    /**
     * What people call it, in messages and in sentences ({@code When the schema registry is
     * restarted}): a name, or "the" and a noun.
     */
    String title();

    /**
     * The settings that make one instance of it differ from another (its version): part of the
     * key of a reused environment ({@code sluice.reuse}).
     */
    List<String> definingSettings();
}
