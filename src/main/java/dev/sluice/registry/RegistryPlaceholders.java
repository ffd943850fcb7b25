package dev.sluice.registry;

import dev.sluice.sdk.system.ConnectorContext;
import dev.sluice.sdk.system.PlaceholderSource;
import dev.sluice.sdk.system.Placeholders;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The registry's placeholders in a team's connector files, as the engine reaches it:
 * {@code ${registry.url}} (its root), {@code ${registry.confluent-url}} and
 * {@code ${registry.apicurio-url}} (the two APIs converters are told), and where it asks for them
 * {@code ${registry.user}} and {@code ${registry.password}} (secret). Naming one starts the
 * registry in an environment that starts it on demand.
 */
public final class RegistryPlaceholders implements PlaceholderSource {

    @Override
    public void addPlaceholders(Placeholders placeholders, ConnectorContext context) {
        Supplier<RegistryEndpoint> registry =
                () -> context.engineSide(SchemaRegistry.ID, RegistryEndpoint.class, SchemaRegistry.HOW_TO_REACH);
        String id = SchemaRegistry.ID;
        placeholders
                .value(id + ".url", id, () -> registry.get().url().toString())
                .value(id + ".confluent-url", id, () -> registry.get().confluentApi())
                .value(id + ".apicurio-url", id, () -> registry.get().apicurioApi())
                .value(id + ".user", id, () -> credential(registry.get().user(), "user"))
                .secret(id + ".password", id, () -> credential(registry.get().password(), "password"));
    }

    private static String credential(String value, String what) {
        return Optional.ofNullable(value)
                .orElseThrow(() -> new IllegalArgumentException("The schema registry of this environment asks for no "
                        + what + ": leave ${registry." + what + "} out, or set "
                        + SchemaRegistry.USER + " and " + SchemaRegistry.PASSWORD + " for an external one"));
    }
}
