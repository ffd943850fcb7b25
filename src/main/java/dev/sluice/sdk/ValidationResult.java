package dev.sluice.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The engine's verdict on a connector configuration: errors per configuration key. */
public record ValidationResult(String connectorClass, int errorCount, Map<String, List<String>> errors) {

    static ValidationResult fromJson(String connectorClass, JsonNode json) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        json.path("configs").forEach(c -> {
            JsonNode value = c.path("value");
            if (value.path("errors").size() > 0) {
                List<String> messages = new java.util.ArrayList<>();
                value.path("errors").forEach(e -> messages.add(Redactor.redact(e.asText())));
                errors.put(value.path("name").asText(), List.copyOf(messages));
            }
        });
        return new ValidationResult(connectorClass, json.path("error_count").asInt(), Map.copyOf(errors));
    }

    public boolean isValid() {
        return errorCount == 0;
    }

    /** One line per key, e.g. {@code   slot.name: Invalid value ... }. */
    public String describeErrors() {
        return errors.entrySet().stream()
                .map(e -> "  " + e.getKey() + ": " + String.join("; ", e.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
