package dev.sluice.registry;

import dev.sluice.sdk.format.FramedRecords;
import dev.sluice.sdk.system.Services;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Reads records in Confluent's wire format by looking their schema id up in the run's schema
 * registry, once per id: Avro bodies become Connect's JSON with schema, JSON Schema bodies are the
 * JSON they carry. The registry is asked for (and, on demand, started) only when the first such
 * record is read.
 */
public final class RegistryRecords implements FramedRecords {

    @Override
    public Reader reader(Services services) {
        return new SchemaIdReader(services);
    }

    private static final class SchemaIdReader implements Reader {
        private final Services services;
        private final Map<Integer, RegistryClient.RegisteredSchema> schemas = new HashMap<>();
        private final Map<Integer, Schema> avroSchemas = new HashMap<>();
        private RegistryClient client;

        SchemaIdReader(Services services) {
            this.services = services;
        }

        /** Apicurio's converters name the schema in headers by default, the body then raw Avro. */
        @Override
        public java.util.Optional<String> hintForUnframed(java.util.Set<String> headerNames) {
            return headerNames.stream().anyMatch(h -> h.startsWith("apicurio."))
                    ? java.util.Optional.of("This record names its schema in Apicurio's headers " + headerNames
                            + " instead: have its converter write Confluent's framing "
                            + "(apicurio.registry.headers.enabled=false, apicurio.registry.as-confluent=true).")
                    : java.util.Optional.empty();
        }

        @Override
        public synchronized String asConnectJson(byte[] bytes, String where) {
            int id = FramedRecords.schemaId(bytes);
            RegistryClient.RegisteredSchema schema = schemas.get(id);
            if (schema == null) {
                schema = client(where, id)
                        .schemaById(id)
                        .orElseThrow(
                                () -> new IllegalStateException(
                                        "The " + where + " names schema id " + id
                                                + " (Confluent's wire format), which the schema registry at "
                                                + client.registry()
                                                + " does not know: it was written against another registry, or its subject was deleted"));
                schemas.put(id, schema);
            }
            try {
                return switch (schema.type()) {
                    case "AVRO" ->
                        AvroConnectJson.read(
                                avroSchemas.computeIfAbsent(
                                        id,
                                        i -> AvroConnectJson.parseSchema(
                                                schemas.get(i).text())),
                                bytes,
                                5);
                    case "JSON" -> new String(bytes, 5, bytes.length - 5, java.nio.charset.StandardCharsets.UTF_8);
                    default ->
                        throw new IllegalStateException("its schema (id " + id + ") is " + schema.type()
                                + ", and Sluice reads Avro and JSON Schema records from a registry");
                };
            } catch (RuntimeException e) {
                throw new IllegalStateException("The " + where + " cannot be read: " + e.getMessage(), e);
            }
        }

        private RegistryClient client(String where, int id) {
            if (client == null) {
                client = SchemaRegistry.clientForTests(
                        services, "to look up schema id " + id + " of the " + where + " (Confluent's wire format) in");
            }
            return client;
        }
    }
}
