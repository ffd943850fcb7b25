package dev.sluice.sdk.system;

/** What a connector configuration may name: the pipeline, its namespace, and the services as the engine reaches them. */
public record ConnectorContext(String pipeline, Namespace namespace, Services services) {

    /** A service as the engine reaches it; fails with the system's hint when the environment has none. */
    public <T> T engineSide(String service, Class<T> type, String hint) {
        return services.forEngine(service, type)
                .orElseThrow(() -> new IllegalArgumentException("This pipeline needs the service '" + service
                        + "', which the " + services.environment() + " environment does not have. " + hint));
    }
}
