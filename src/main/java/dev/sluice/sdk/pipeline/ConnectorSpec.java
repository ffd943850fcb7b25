package dev.sluice.sdk.pipeline;

import java.util.Map;

/** One connector a pipeline compiles into: its engine-side name, its role and its configuration. */
public record ConnectorSpec(String name, String role, Map<String, String> config) {

    public ConnectorSpec {
        config = Map.copyOf(config);
    }

    public String connectorClass() {
        return config.get("connector.class");
    }
}
