package dev.sluice.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * What a scenario showed, for the living documentation: its pipelines as pictures and the data at
 * both ends (the origin's rows as the scenario left them, the destination's as the last check read
 * them). Attached to the scenario as {@value #MEDIA_TYPE}, so every Cucumber report carries it.
 */
public record ScenarioEvidence(List<PipelinePicture> pipelines, List<Data> data) {
    public static final String MEDIA_TYPE = "application/vnd.sluice.evidence+json";

    /** The media type of a failed check's trace of its wrong rows (text), which the living docs show open. */
    public static final String TRACE_MEDIA_TYPE = "text/x-sluice-row-trace";
    /** Rows shown per endpoint; the total says how many there were. */
    public static final int ROWS_SHOWN = 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    public ScenarioEvidence {
        pipelines = List.copyOf(pipelines);
        data = List.copyOf(data);
    }

    /** The rows of one endpoint: {@code role} is {@code origin}, {@code destination} or {@code checked}. */
    public record Data(String endpoint, String role, List<String> columns, List<List<String>> rows, int total) {
        public Data {
            columns = List.copyOf(columns);
            rows = rows.stream()
                    .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                    .toList();
        }
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the scenario's evidence", e);
        }
    }

    public static ScenarioEvidence fromJson(String json) {
        try {
            return JSON.readValue(json, ScenarioEvidence.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a scenario's evidence: " + e.getOriginalMessage(), e);
        }
    }
}
