package dev.sluice.sdk.system;

/**
 * Something that answers {@code ${...}} placeholders in a team's own connector configuration
 * files: every {@link DataSystem}, and services that are not systems themselves (a schema
 * registry), registered in {@code META-INF/services/dev.sluice.sdk.system.PlaceholderSource}.
 */
public interface PlaceholderSource {

    /**
     * Adds the placeholders this source answers: addresses as the engine reaches them
     * ({@code ${<id>.host}}, …) and names in the workspace's namespace ({@code ${topic:<name>}}).
     */
    void addPlaceholders(Placeholders placeholders, ConnectorContext context);
}
