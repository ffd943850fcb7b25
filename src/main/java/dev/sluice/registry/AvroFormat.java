package dev.sluice.registry;

import dev.sluice.sdk.format.RecordEncoder;
import dev.sluice.sdk.format.RecordFormat;
import dev.sluice.sdk.system.ConnectorContext;
import dev.sluice.sdk.system.Services;
import dev.sluice.sdk.system.StageLibrary;
import dev.sluice.sdk.system.StageLibraryProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Avro through the run's schema registry, in Confluent's wire format: Apicurio's converter
 * registers each key and value schema under {@code <topic>-key} and {@code <topic>-value} (as
 * Confluent's serializers name them) and writes the schema's id before each body, so that any
 * Confluent-compatible reader can read the topic. Its stage library is composed onto every engine.
 */
public final class AvroFormat implements RecordFormat, StageLibraryProvider {
    static final String AVRO_CONVERTER = "io.apicurio.registry.utils.converter.AvroConverter";

    /**
     * Apicurio's converters, without what the worker has. 2.6.x is built against Connect 3.9, so the
     * cores of 3.7 and 3.8 get 2.5.11.Final (Connect 3.6). Its jars list no plugins: the stage library
     * gets a service manifest, as the worker discovers plugins only through manifests.
     */
    public static final StageLibrary CONVERTERS = new StageLibrary(
                    "apicurio-converters",
                    "sluice.apicurio-converters.version",
                    AVRO_CONVERTER,
                    null,
                    List.of("io.apicurio:apicurio-registry-utils-converter:{version}"),
                    List.of())
            .withVersions("2.6.13.Final", Map.of("3.7", "2.5.11.Final", "3.8", "2.5.11.Final"))
            .withManifest(
                    StageLibrary.CONVERTER,
                    List.of(AVRO_CONVERTER, "io.apicurio.registry.utils.converter.ExtJsonConverter"));

    @Override
    public String name() {
        return "Avro";
    }

    /** Rows as Avro records, registered in the run's registry as the tests reach it. */
    @Override
    public Optional<RecordEncoder> encoder(Services services) {
        RegistryClient[] client = {null};
        return Optional.of(new AvroRows((subject, schema) -> {
            if (client[0] == null) {
                client[0] = SchemaRegistry.clientForTests(services, "to register Avro records in");
            }
            return client[0].register(subject, schema);
        }));
    }

    @Override
    public List<StageLibrary> stageLibraries() {
        return List.of(CONVERTERS);
    }

    @Override
    public Map<String, String> converters(ConnectorContext context) {
        RegistryEndpoint registry =
                context.engineSide(SchemaRegistry.ID, RegistryEndpoint.class, SchemaRegistry.HOW_TO_REACH);
        Map<String, String> c = new LinkedHashMap<>();
        for (String side : List.of("key", "value")) {
            String prefix = side + ".converter.";
            c.put(side + ".converter", AVRO_CONVERTER);
            c.put(prefix + "apicurio.registry.url", registry.apicurioApi());
            c.put(prefix + "apicurio.registry.auto-register", "true");
            c.put(prefix + "apicurio.registry.find-latest", "true");
            // Confluent's framing (a zero byte and a 4-byte id), with the id the Confluent-compatible API serves.
            c.put(prefix + "apicurio.registry.as-confluent", "true");
            c.put(prefix + "apicurio.registry.use-id", "contentId");
            c.put(prefix + "apicurio.registry.headers.enabled", "false");
            if (registry.authenticates()) {
                c.put(prefix + "apicurio.auth.username", registry.user());
                c.put(prefix + "apicurio.auth.password", registry.password());
            }
        }
        return c;
    }
}
