package dev.sluice.workspace;

import dev.sluice.docs.PipelinePicture;
import dev.sluice.docs.ScenarioEvidence;
import dev.sluice.sdk.Redactor;
import dev.sluice.sdk.pipeline.ConnectorSpec;
import dev.sluice.sdk.pipeline.Pipeline;
import dev.sluice.sdk.pipeline.PipelineEngine;
import dev.sluice.sdk.pipeline.Processor;
import dev.sluice.verify.Destination;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a workspace showed: the last rows each check read (recorded as destinations are read) and
 * its pipelines as pictures, collected into {@link ScenarioEvidence} for the living documentation.
 */
final class Evidence {
    private final Map<String, Destination.Snapshot> lastRead = new LinkedHashMap<>();

    /** The destination, recording what each read returns. */
    Destination recording(Destination destination) {
        return new Destination() {
            @Override
            public String describe() {
                return destination.describe();
            }

            @Override
            public Snapshot read() {
                Snapshot snapshot = destination.read();
                synchronized (lastRead) {
                    lastRead.put(destination.describe(), snapshot);
                }
                return snapshot;
            }

            @Override
            public boolean keepsEveryRecord() {
                return destination.keepsEveryRecord();
            }

            @Override
            public boolean ordered() {
                return destination.ordered();
            }

            @Override
            public List<Map<String, Object>> current(List<String> keyColumns) {
                return destination.current(keyColumns);
            }

            @Override
            public List<String> keyColumns() {
                return destination.keyColumns();
            }

            @Override
            public int count() {
                return destination.count();
            }
        };
    }

    /**
     * The pipelines started and the data at their ends: each destination as a check last read it,
     * each origin as it stands now (read here if no check read it), then anything else checked.
     */
    ScenarioEvidence collect(
            Optional<PipelineEngine> engine,
            Function<String, Pipeline> pipelines,
            Function<Pipeline, Destination> at,
            String topicPrefix) {
        List<PipelinePicture> pictures = new ArrayList<>();
        Map<String, ScenarioEvidence.Data> data = new LinkedHashMap<>();
        Set<String> names = engine.map(PipelineEngine::pipelineNames).orElse(Set.of());
        for (String name : new LinkedHashSet<>(names)) {
            Pipeline p = pipelines.apply(name);
            pictures.add(picture(p, engine.get().specs(name), topicPrefix));
            if (p.knowsItsEnds()) {
                Destination origin = at.apply(p);
                Destination.Snapshot seen = lastRead(origin.describe()).orElseGet(origin::read);
                data.putIfAbsent(origin.describe(), data(origin.describe(), "origin", seen));
                lastRead(p.destination().describe())
                        .ifPresent(s -> data.putIfAbsent(
                                p.destination().describe(), data(p.destination().describe(), "destination", s)));
            }
        }
        synchronized (lastRead) {
            lastRead.forEach((endpoint, s) -> data.putIfAbsent(endpoint, data(endpoint, "checked", s)));
        }
        return new ScenarioEvidence(pictures, new ArrayList<>(data.values()));
    }

    private Optional<Destination.Snapshot> lastRead(String endpoint) {
        synchronized (lastRead) {
            return Optional.ofNullable(lastRead.get(endpoint));
        }
    }

    private static ScenarioEvidence.Data data(String endpoint, String role, Destination.Snapshot snapshot) {
        List<Map<String, Object>> records = snapshot.records();
        Set<String> columns = new LinkedHashSet<>(snapshot.columns().orElse(List.of()));
        records.stream().limit(ScenarioEvidence.ROWS_SHOWN).forEach(r -> {
            if (r != null) {
                columns.addAll(r.keySet());
            }
        });
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> r :
                records.stream().limit(ScenarioEvidence.ROWS_SHOWN).toList()) {
            List<String> row = new ArrayList<>();
            for (String c : columns) {
                Object v = r == null ? null : r.get(c);
                row.add(v == null ? null : Redactor.redact(String.valueOf(v)));
            }
            rows.add(row);
        }
        return new ScenarioEvidence.Data(endpoint, role, new ArrayList<>(columns), rows, records.size());
    }

    /** A connector's transforms in chain order, each as its alias and its class's simple name: {@code mask (MaskField$Value)}. */
    static List<String> transforms(Map<String, String> config) {
        List<String> transforms = new ArrayList<>();
        for (String t : config.getOrDefault("transforms", "").split(",")) {
            if (!t.isBlank()) {
                String type = config.getOrDefault("transforms." + t.trim() + ".type", "?");
                transforms.add(t.trim() + " (" + type.substring(type.lastIndexOf('.') + 1) + ")");
            }
        }
        return transforms;
    }

    /** The pipeline drawn; topic names as the feature knows them (without the workspace's prefix). */
    private static PipelinePicture picture(Pipeline p, List<ConnectorSpec> specs, String topicPrefix) {
        List<PipelinePicture.Connector> connectors = new ArrayList<>();
        for (ConnectorSpec spec : specs) {
            Map<String, String> c = Redactor.redact(spec.config());
            List<String> topics = new ArrayList<>();
            for (String key : List.of("topics", "topic", "transforms.route.replacement")) {
                Optional.ofNullable(c.get(key)).ifPresent(t -> topics.add(t.replace(topicPrefix, "")));
            }
            connectors.add(new PipelinePicture.Connector(spec.role(), spec.connectorClass(), topics, transforms(c)));
        }
        String files = p.connectorFiles().map(f -> f.location()).orElse("");
        String origin = p.knowsItsEnds() ? p.origin().describe() : "the connectors in " + files;
        String destination = p.knowsItsEnds() ? p.destination().describe() : "where those connectors write";
        return new PipelinePicture(
                p.name(),
                origin,
                p.processors().stream().map(Processor::describe).toList(),
                destination,
                connectors);
    }
}
