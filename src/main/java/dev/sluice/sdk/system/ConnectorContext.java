package dev.sluice.sdk.system;

/** What a connector configuration may name: the pipeline, its namespace, and the services as the engine reaches them. */
public record ConnectorContext(String pipeline, Namespace namespace, Services services) {

    /**
     * The Kafka client settings, each key under {@code prefix}: for connectors that make Kafka
     * clients of their own (a mirror's clusters, a schema history, a sink's control topic).
     */
    public java.util.Map<String, String> kafkaClientSettings(String prefix) {
        java.util.Map<String, String> prefixed = new java.util.LinkedHashMap<>();
        services.kafkaClientSettings(true).forEach((key, value) -> prefixed.put(prefix + key, value));
        return prefixed;
    }

    /** A service as the engine reaches it; fails with the system's hint when the environment has none. */
    public <T> T engineSide(String service, Class<T> type, String hint) {
        return services.forEngine(service, type)
                .orElseThrow(() -> new IllegalArgumentException("This pipeline needs the service '" + service
                        + "', which the " + services.environment() + " environment does not have. " + hint));
    }
}
