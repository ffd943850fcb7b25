package dev.sluice.kafka;

import dev.sluice.sdk.Redactor;
import dev.sluice.sdk.format.RecordFormats;
import dev.sluice.sdk.system.ConformanceNotes;
import dev.sluice.sdk.system.ConnectorContext;
import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.OwnTransforms;
import dev.sluice.sdk.system.Placeholders;
import dev.sluice.sdk.system.Services;
import dev.sluice.sdk.system.SinkInput;
import dev.sluice.sdk.system.StageLibrary;
import dev.sluice.sdk.system.SystemSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kafka topics: the engine's own transport. A topic as origin is read by the destination's sink,
 * a topic as destination is where the origin's source routes its records; from topic to topic, a
 * mirror connector copies ({@link MirrorSource}).
 */
public final class KafkaSystem implements DataSystem, ConformanceNotes {
    public static final KafkaSystem INSTANCE = new KafkaSystem();
    public static final String ID = "kafka";
    static final String NAME_RULES = "use letters, digits, '.', '_' and '-'";

    private static final Traits TRAITS = new Traits(ID, "Kafka topic", "orders", NAME_RULES, true, true);

    /** For {@link java.util.ServiceLoader}; use {@link #INSTANCE}. */
    public KafkaSystem() {}

    @Override
    public Traits traits() {
        return TRAITS;
    }

    @Override
    public Endpoint endpoint(String name) {
        return new KafkaTopic(name);
    }

    @Override
    public boolean isTopic() {
        return true;
    }

    @Override
    public Optional<String> topic(Endpoint endpoint, Namespace namespace) {
        return Optional.of(namespace.topic(endpoint.name()));
    }

    @Override
    public List<StageLibrary> stageLibraries() {
        return List.of(OwnTransforms.LIBRARY);
    }

    /** None where the topic is the origin's own (a sink reads it); a mirror where it is another topic. */
    @Override
    public Optional<Map<String, String>> source(
            Endpoint origin, OriginSchema schema, String topic, ConnectorContext context) {
        String own = context.namespace().topic(origin.name());
        return topic.equals(own)
                ? Optional.empty()
                : Optional.of(MirrorSource.config(context.engineSide(ID, String.class, ""), own, topic, context));
    }

    @Override
    public Optional<Map<String, String>> sink(
            String topic, Endpoint destination, SinkInput input, ConnectorContext context) {
        return Optional.empty();
    }

    @Override
    public void addPlaceholders(Placeholders placeholders, ConnectorContext context) {
        placeholders
                .value(ID + ".bootstrap", ID, () -> context.engineSide(ID, String.class, ""))
                .value(ID + ".security.protocol", ID, () -> context.kafkaClientSettings("")
                        .getOrDefault("security.protocol", "PLAINTEXT"))
                .name("topic", ID, name -> context.namespace().topic(new KafkaTopic(name).name()));
        // Every other client setting of the environment (sasl.mechanism, sasl.jaas.config, ssl.*), secrets masked.
        context.kafkaClientSettings("").forEach((key, value) -> {
            if (!key.equals("security.protocol")) {
                if (Redactor.isSecretKey(key)) {
                    placeholders.secret(ID + "." + key, ID, () -> value);
                } else {
                    placeholders.value(ID + "." + key, ID, () -> value);
                }
            }
        });
    }

    @Override
    public SystemSession open(Services services, Namespace namespace) {
        String bootstrap = services.forTests(ID, String.class)
                .orElseThrow(() -> new IllegalStateException("The " + services.environment()
                        + " environment has no Kafka. In the external environment, set sluice.kafka.bootstrap."));
        return new KafkaSession(
                new KafkaTopics(bootstrap, services.kafkaClientSettings(false), RecordFormats.framedReader(services)),
                namespace,
                services);
    }

    @Override
    public Optional<String> asOrigin() {
        return Optional.of(
                "A topic's rows are its latest record per key: its records carry a key of fields (the columns "
                        + "marked :key), an update is a new record of the key with its other fields as last written, a delete "
                        + "a tombstone; records written while the pipeline is stopped are read when it starts again.");
    }

    @Override
    public Optional<String> asDestination() {
        return Optional.of("The copy is a topic: it keeps every record, and its current rows are its latest record "
                + "per key, a tombstone removing the key.");
    }
}
