package dev.sluice.steps;

import dev.sluice.sdk.pipeline.Endpoint;
import io.cucumber.java.ParameterType;

/** The phrasebook's domain values. */
public class ParameterTypes {

    /** {@code PostgreSQL table "name"} (schema-qualified allowed) or {@code Kafka topic "name"}. */
    @ParameterType(name = "endpoint", value = "(?:PostgreSQL table|Kafka topic) \"[^\"]+\"")
    public Endpoint endpoint(String phrase) {
        return Endpoint.parse(phrase);
    }
}
