package dev.sluice.kafka;

import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Endpoint;

/** A topic by the name the feature gives it; the engine's topic name is per workspace. */
public record KafkaTopic(String name) implements Endpoint {
    public KafkaTopic {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException(
                    "'" + name + "' is not a valid Kafka topic name: " + KafkaSystem.NAME_RULES);
        }
    }

    @Override
    public DataSystem system() {
        return KafkaSystem.INSTANCE;
    }
}
