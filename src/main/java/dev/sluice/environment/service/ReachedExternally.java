package dev.sluice.environment.service;

import dev.sluice.environment.Settings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service the external environment reaches from settings ({@code sluice.<id>.*}), and that a
 * kept or reused environment hands over as those settings.
 */
public interface ReachedExternally extends ServicePlugin {

    /**
     * The address from the settings as the tests ({@code forEngine} false) or the engine reach it;
     * empty when the settings name no such service. Throws {@link IllegalArgumentException} saying
     * which setting is wrong, what it expects and what it was.
     */
    Optional<Object> externalAddress(Settings settings, boolean forEngine);

    /**
     * Its settings that hold an address the tests reach (checked to accept a connection when a
     * reused environment is attached).
     */
    List<String> addressSettings();

    /**
     * Fails, saying why, unless the service answers at this address as the tests reach it: the
     * external environment checks each service its settings name when it starts.
     */
    void verifyReachable(Object forTests) throws Exception;

    /** The settings that reach a running instance at these addresses: the inverse of {@link #externalAddress}. */
    Map<String, String> externalSettings(Object forTests, Object forEngine);
}
