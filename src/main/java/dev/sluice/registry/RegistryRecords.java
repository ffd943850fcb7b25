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
                RegistryEndpoint registry = services.forTests(SchemaRegistry.ID, RegistryEndpoint.class)
                        .orElseThrow(() -> new IllegalStateException("The " + where
                                + " is in Confluent's wire format (schema id " + id + "), and the "
                                + services.environment() + " environment has no schema registry to look it up in. "
                                + SchemaRegistry.HOW_TO_REACH));
                client = new RegistryClient(registry);
            }
            return client;
        }
    }
}
