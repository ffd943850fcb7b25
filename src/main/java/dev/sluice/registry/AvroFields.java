package dev.sluice.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** The field names of an Avro record schema, read from its JSON form. */
public final class AvroFields {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AvroFields() {}

    /** The record's field names in order; a schema that is not a record is refused, saying what it is. */
    public static List<String> names(String schema) {
        JsonNode root;
        try {
            root = JSON.readTree(schema);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Expected an Avro schema in JSON, but it is not JSON: " + schema, e);
        }
        if (!"record".equals(root.path("type").asText()) || !root.path("fields").isArray()) {
            throw new IllegalArgumentException(
                    "Expected an Avro record schema ({\"type\": \"record\", \"fields\": [...]}), but got: " + schema);
        }
        List<String> names = new ArrayList<>();
        root.path("fields").forEach(f -> names.add(f.path("name").asText()));
        return names;
    }
}
