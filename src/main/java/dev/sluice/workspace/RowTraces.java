package dev.sluice.workspace;

import dev.sluice.sdk.Redactor;
import dev.sluice.sdk.pipeline.ConnectorSpec;
import dev.sluice.sdk.pipeline.Pipeline;
import dev.sluice.sdk.pipeline.PipelineEngine;
import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.LocatesRows;
import dev.sluice.sdk.system.Systems;
import dev.sluice.verify.RowKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where along its pipeline a row went wrong: for each key a check found wrong, the origin's row, each
 * record of that key in every topic the pipelines wrote on the way (partition, offset, time, the value
 * as read, and which connector's transforms it came through), and the checked place's rows of that key
 * (the lake's with data file and row). Everything is read from the systems directly, like every check.
 */
public final class RowTraces {
    /** How many keys a failure traces: enough to see a pattern, few enough to read. */
    public static final int KEYS_TRACED = 5;

    private RowTraces() {}

    /** The path of a key: one stop per place it passes, in pipeline order. */
    public record RowTrace(RowKey key, List<RowTrace.Stop> stops) {
        /**
         * One place: what it is, how the key got there (the connector that wrote it, with its
         * transforms; empty for an origin), and the records of the key found there, or why it could not be read.
         */
        public record Stop(String place, String writtenBy, List<LocatesRows.Located> found, String unreadable) {}
    }

    /** The traces of the first {@link #KEYS_TRACED} keys, along every pipeline that leads into {@code checked}. */
    public static List<RowTrace> of(Workspace workspace, Endpoint checked, List<RowKey> keys) {
        List<RowKey> traced = keys.stream().limit(KEYS_TRACED).toList();
        // Place by place, each read once for all the keys: a topic is read to its end every time.
        Map<RowKey, List<RowTrace.Stop>> stops = new LinkedHashMap<>();
        traced.forEach(key -> stops.put(key, new ArrayList<>()));
        for (Place place : path(workspace, checked)) {
            stops(workspace, place, traced)
                    .forEach((key, stop) -> stops.get(key).add(stop));
        }
        return traced.stream().map(key -> new RowTrace(key, stops.get(key))).toList();
    }

    /** A place on the way, and the connector that wrote into it (empty for where the data starts). */
    private record Place(Endpoint endpoint, String writtenBy) {}

    /** The places upstream of {@code checked}, origins first, each once; just the checked place when no pipeline leads there. */
    private static List<Place> path(Workspace workspace, Endpoint checked) {
        Map<String, Place> places = new LinkedHashMap<>();
        Optional<PipelineEngine> engine = workspace.engineIfStarted();
        if (engine.isPresent()) {
            addUpstream(workspace, engine.get(), checked, places, 0);
        }
        places.putIfAbsent(checked.describe(), new Place(checked, ""));
        return List.copyOf(places.values());
    }

    private static void addUpstream(
            Workspace workspace, PipelineEngine engine, Endpoint to, Map<String, Place> places, int depth) {
        for (String name : engine.pipelineNames()) {
            Pipeline p = workspace.pipeline(name);
            if (depth > 5 || !p.knowsItsEnds() || !p.destination().describe().equals(to.describe())) {
                continue;
            }
            addUpstream(workspace, engine, p.origin(), places, depth + 1);
            places.putIfAbsent(p.origin().describe(), new Place(p.origin(), ""));
            List<ConnectorSpec> specs = engine.specs(name);
            ConnectorSpec first = specs.get(0);
            ConnectorSpec last = specs.get(specs.size() - 1);
            if (specs.size() > 1) {
                between(workspace, last)
                        .ifPresent(topic -> places.putIfAbsent(topic.describe(), new Place(topic, connector(first))));
            }
            places.putIfAbsent(p.destination().describe(), new Place(p.destination(), connector(last)));
        }
    }

    /** The topic a sink reads (its "topics"), as the feature would name it; empty when there is no topic system. */
    private static Optional<Endpoint> between(Workspace workspace, ConnectorSpec sink) {
        String topics = sink.config().get("topics");
        Optional<DataSystem> topicSystem =
                Systems.all().stream().filter(DataSystem::isTopic).findFirst();
        if (topics == null || topics.contains(",") || topicSystem.isEmpty()) {
            return Optional.empty();
        }
        String prefix = workspace.namespace().topicPrefix();
        if (!topics.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(topicSystem.get().endpoint(topics.substring(prefix.length())));
        } catch (IllegalArgumentException notAName) {
            return Optional.empty();
        }
    }

    /** "connector sluice-…-source, transforms: mask (MaskField$Value)". */
    private static String connector(ConnectorSpec spec) {
        List<String> transforms = Evidence.transforms(spec.config());
        return "connector " + spec.name() + " (" + spec.role() + "), transforms: "
                + (transforms.isEmpty() ? "none" : String.join(", ", transforms));
    }

    /** The place's stop in each key's trace. */
    private static Map<RowKey, RowTrace.Stop> stops(Workspace workspace, Place place, List<RowKey> keys) {
        Map<RowKey, RowTrace.Stop> stops = new LinkedHashMap<>();
        String at = place.endpoint().describe();
        try {
            Map<RowKey, List<LocatesRows.Located>> found =
                    workspace.session(place.endpoint()) instanceof LocatesRows locating
                            ? locating.locate(place.endpoint(), keys)
                            : LocatesRows.byKey(
                                    keys,
                                    workspace.destination(place.endpoint()).read().records().stream()
                                            .map(row -> new LocatesRows.Located("", row))
                                            .toList());
            keys.forEach(
                    key -> stops.put(key, new RowTrace.Stop(at, place.writtenBy(), redacted(found.get(key)), null)));
        } catch (RuntimeException e) {
            keys.forEach(key -> stops.put(key, new RowTrace.Stop(at, place.writtenBy(), List.of(), String.valueOf(e))));
        }
        return stops;
    }

    private static List<LocatesRows.Located> redacted(List<LocatesRows.Located> found) {
        return found.stream()
                .map(l -> {
                    if (l.fields() == null) {
                        return l;
                    }
                    Map<String, Object> fields = new LinkedHashMap<>();
                    l.fields().forEach((k, v) -> fields.put(k, v == null ? null : Redactor.redact(String.valueOf(v))));
                    return new LocatesRows.Located(l.where(), fields);
                })
                .toList();
    }
}
