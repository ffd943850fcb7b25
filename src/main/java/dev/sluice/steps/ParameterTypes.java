package dev.sluice.steps;

import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.Systems;
import io.cucumber.java.ParameterType;

/** The phrasebook's domain values. */
public class ParameterTypes {

    /**
     * A service by what people call it: {@code PostgreSQL}, or a service plug-in's title
     * (a name, or "the" and a noun, as {@code ServicePlugin.title()} gives it); an unknown one fails
     * listing the known ones.
     */
    @ParameterType(name = "service", value = "[A-Z][A-Za-z0-9]*|the [A-Za-z0-9]+(?: [A-Za-z0-9]+)*")
    public ServiceName service(String name) {
        return ServiceName.of(name);
    }

    /**
     * A system's phrase and a quoted name: {@code PostgreSQL table "warehouse.customers"},
     * {@code Kafka topic "orders"}, {@code S3 bucket "lake"}, … Which phrases exist is the
     * registry's to say ({@link Systems}); an unknown one fails listing the known ones.
     */
    @ParameterType(name = "endpoint", value = "[A-Z][A-Za-z0-9]*(?: [A-Za-z0-9]+)* \"[^\"]+\"")
    public Endpoint endpoint(String phrase) {
        return Systems.parse(phrase);
    }
}
