package dev.sluice.steps;

import dev.sluice.sdk.pipeline.Endpoint;
import io.cucumber.java.ParameterType;

/** The phrasebook's domain values. */
public class ParameterTypes {

    /** {@code PostgreSQL table "name"} (schema-qualified allowed), {@code Kafka topic "name"} or {@code S3 bucket "name"}. */
    @ParameterType(name = "endpoint", value = "(?:PostgreSQL table|Kafka topic|S3 bucket) \"[^\"]+\"")
    public Endpoint endpoint(String phrase) {
        return Endpoint.parse(phrase);
    }
}
