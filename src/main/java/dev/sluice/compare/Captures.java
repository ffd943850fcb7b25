package dev.sluice.compare;

import dev.sluice.sdk.pipeline.Pipeline;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.verify.Destination;
import dev.sluice.verify.Values;
import dev.sluice.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Takes a scenario's capture from its workspace: every destination of its pipelines, read now. */
public final class Captures {
    /** A topic's record headers carry the run's own names and ids (Debezium's context): not data, left out. */
    private static final String HEADER = "header:";

    private Captures() {}

    public static Capture take(String id, String name, String status, Workspace workspace) {
        List<Capture.Place> places = new ArrayList<>();
        Set<String> read = new LinkedHashSet<>();
        String prefix = workspace.namespace().prefix();
        workspace.engineIfStarted().ifPresent(engine -> {
            for (String pipelineName : engine.pipelineNames()) {
                Pipeline p = workspace.pipeline(pipelineName);
                if (p.knowsItsEnds() && read.add(p.destination().describe())) {
                    places.add(place(workspace, p, prefix));
                }
            }
        });
        return new Capture(id, name, status, places);
    }

    private static Capture.Place place(Workspace workspace, Pipeline p, String prefix) {
        Endpoint at = p.destination();
        try {
            Destination destination = workspace.destination(at);
            Destination.Snapshot snapshot = destination.read();
            Set<String> columns = new LinkedHashSet<>(snapshot.columns().orElse(List.of()));
            snapshot.records().stream().filter(r -> r != null).forEach(r -> columns.addAll(r.keySet()));
            columns.removeIf(c -> c.startsWith(HEADER));
            List<String> order = List.copyOf(columns);
            List<List<Capture.Cell>> rows = new ArrayList<>();
            for (Map<String, Object> record : snapshot.records()) {
                List<Capture.Cell> row = new ArrayList<>();
                for (String c : order) {
                    row.add(record == null ? new Capture.Cell("delete", null) : cell(record.get(c), prefix));
                }
                rows.add(row);
            }
            return new Capture.Place(at.describe(), order, keys(workspace, p, destination), rows);
        } catch (RuntimeException e) {
            return new Capture.Place(
                    at.describe(),
                    List.of("error"),
                    List.of(),
                    List.of(List.of(new Capture.Cell("error", e.toString()))));
        }
    }

    /** The origin's key (what the pipeline moves by), else the destination's own. */
    private static List<String> keys(Workspace workspace, Pipeline p, Destination destination) {
        try {
            List<String> key = workspace.originSchema(p.origin()).primaryKey();
            if (!key.isEmpty()) {
                return key;
            }
        } catch (RuntimeException noSchema) {
            // a topic origin without records yet, or one the feature never described: the destination's key
        }
        return destination.keyColumns();
    }

    private static Capture.Cell cell(Object value, String prefix) {
        if (value == null) {
            return new Capture.Cell("null", null);
        }
        String text = Values.canonical(value);
        return new Capture.Cell(
                value.getClass().getSimpleName(), text == null ? null : text.replace(prefix, "{workspace}"));
    }

    /** The scenario's id in both runs: its feature file, relative to the project, and its line. */
    public static String scenarioId(java.net.URI uri, int line) {
        String path = "file".equals(uri.getScheme())
                ? java.nio.file.Path.of("")
                        .toAbsolutePath()
                        .relativize(java.nio.file.Path.of(uri))
                        .toString()
                : uri.toString();
        return path + ":" + line;
    }
}
