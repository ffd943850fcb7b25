package dev.sluice.sdk.pipeline;

import dev.sluice.sdk.system.ConnectorContext;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.EngineFiles;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.Placeholders;
import dev.sluice.sdk.system.Services;
import dev.sluice.sdk.system.SinkInput;
import dev.sluice.sdk.system.Systems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles a {@link Pipeline} into Kafka Connect connectors: origin → topic → destination. The
 * origin's system contributes a source connector into the topic and the destination's system a
 * sink connector out of it; a Kafka topic at either end is the topic itself. Processors become
 * single message transforms on the first connector, so a masked value never reaches Kafka. The
 * compiler knows no system by name: they come from {@link Systems}.
 */
public final class PipelineCompiler {
    public static final String SOURCE = "source";
    public static final String SINK = "sink";
    private static final String TOMBSTONE = "isTombstone";

    private final Namespace namespace;
    private final Services services;
    private final Map<String, Map<String, String>> connectorSettings;

    public PipelineCompiler(Namespace namespace, Services services) {
        this(namespace, services, Map.of());
    }

    private PipelineCompiler(
            Namespace namespace, Services services, Map<String, Map<String, String>> connectorSettings) {
        this.namespace = namespace;
        this.services = services;
        this.connectorSettings = connectorSettings;
    }

    /**
     * The same compiler, giving every connector of a role ({@link #SOURCE}, {@link #SINK}) these settings
     * over its own: what an A/B comparison of a connector setting changes. A team's files keep theirs.
     */
    public PipelineCompiler withConnectorSettings(Map<String, Map<String, String>> byRole) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        byRole.forEach((role, settings) -> copy.put(role, Map.copyOf(settings)));
        return new PipelineCompiler(namespace, services, Map.copyOf(copy));
    }

    /**
     * Refuses a pipeline from a system that cannot be an origin or to one that cannot be a
     * destination, listing the supported ones: before any service is asked for (a refusal needs none).
     * A pipeline of a team's own connector files is not refused here.
     */
    public static void requireSupported(Pipeline pipeline) {
        if (!pipeline.knowsItsEnds() || pipeline.connectorFiles().isPresent()) {
            return; // a team's own connectors say themselves what they move
        }
        Endpoint from = pipeline.origin();
        Endpoint to = pipeline.destination();
        if (!from.system().canBeOrigin() || !to.system().canBeDestination()) {
            throw new IllegalArgumentException("No stage library moves data from the " + from.describe() + " to the "
                    + to.describe()
                    + (from.system().canBeOrigin() ? "" : " (" + from.system().phrase() + "s are destinations only)")
                    + ". Supported: " + String.join(", ", Systems.supportedPipelines()) + ".");
        }
    }

    public List<ConnectorSpec> compile(Pipeline pipeline, OriginSchema origin) {
        if (pipeline.connectorFiles().isPresent()) {
            return compileFiles(pipeline, pipeline.connectorFiles().get(), origin);
        }
        requireSupported(pipeline);
        Endpoint from = pipeline.origin();
        Endpoint to = pipeline.destination();
        ConnectorContext context = new ConnectorContext(pipeline.name(), namespace, services);
        // From topic to topic, the origin's system copies into the destination's topic.
        String topic = (from.system().isTopic() && to.system().isTopic()
                        ? to.system().topic(to, namespace)
                        : from.system().topic(from, namespace))
                .or(() -> to.system().topic(to, namespace))
                .orElse(namespace.pipelineTopic(pipeline.name()));
        Optional<Map<String, String>> source = from.system().source(from, origin, topic, context);
        Optional<Map<String, String>> sink = to.system()
                .sink(
                        topic,
                        to,
                        new SinkInput(
                                source.isPresent(),
                                origin,
                                source.isPresent()
                                        ? new LinkedHashSet<>(origin.names())
                                        : fieldsAfter(pipeline.processors(), origin)),
                        context);
        if (pipeline.exactlyOnce() && source.isEmpty()) {
            throw new IllegalArgumentException("Exactly-once delivery is a guarantee of a source connector, and the "
                    + pipeline.describe() + " has none: its origin is a topic already. Read the topic committed-only "
                    + "instead, or start the pipeline from a table.");
        }
        if (source.isEmpty() && sink.isEmpty()) {
            throw new IllegalArgumentException("The " + pipeline.describe() + " would move the " + from.describe()
                    + " into itself: name another destination");
        }
        Map<String, Map<String, String>> configs = new LinkedHashMap<>();
        source.ifPresent(c -> configs.put(SOURCE, new LinkedHashMap<>(c)));
        if (pipeline.exactlyOnce()) {
            // Refused at validation unless the worker runs exactly.once.source.support=enabled and the connector
            // supports it.
            configs.get(SOURCE).put("exactly.once.support", "required");
            configs.get(SOURCE).put("transaction.boundary", "poll");
        }
        sink.ifPresent(c -> configs.put(SINK, new LinkedHashMap<>(c)));
        configs.forEach((role, config) -> config.putAll(connectorSettings.getOrDefault(role, Map.of())));
        addConverters(pipeline, context, configs);
        addProcessors(pipeline.processors(), origin, configs.values().iterator().next());
        return configs.entrySet().stream()
                .map(e -> new ConnectorSpec(namespace.connector(pipeline.name(), e.getKey()), e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * The team's own connectors, in file order, with every placeholder resolved and the processors
     * appended to the first connector's chain. Names are namespaced like generated ones.
     */
    private List<ConnectorSpec> compileFiles(Pipeline pipeline, ConnectorFiles files, OriginSchema origin) {
        if (pipeline.exactlyOnce()) {
            throw new IllegalArgumentException("The " + pipeline.describe() + " is configured by its files: for "
                    + "exactly-once delivery, set \"exactly.once.support\": \"required\" and \"transaction.boundary\" "
                    + "in its source connector's file (the engine runs exactly.once.source.support=enabled)");
        }
        Placeholders placeholders = placeholders(pipeline.name());
        List<ConnectorFiles.Connector> connectors = files.connectors();
        List<Map<String, String>> configs = new ArrayList<>();
        for (ConnectorFiles.Connector connector : connectors) {
            Map<String, String> config = new LinkedHashMap<>();
            connector
                    .config()
                    .forEach((key, value) ->
                            config.put(key, placeholders.resolve(value, connector.file() + " (\"" + key + "\")")));
            configs.add(config);
        }
        addProcessors(pipeline.processors(), origin, configs.get(0));
        List<ConnectorSpec> specs = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            String role = connectors.get(i).name();
            specs.add(new ConnectorSpec(namespace.connector(pipeline.name(), role), role, configs.get(i)));
        }
        return specs;
    }

    /**
     * The placeholders a team's connector configuration may use in this pipeline: {@code ${pipeline}}
     * (a prefix of engine-side names that clean-up removes), {@code ${slot}} (a replication slot
     * name of its own) and every system's own.
     */
    public Placeholders placeholders(String pipeline) {
        Placeholders placeholders = new Placeholders()
                .value("pipeline", "", () -> namespace.pipelineTopic(pipeline))
                .value("slot", "", () -> namespace.slot(pipeline))
                .name("file", "", path -> engineSidePath(path));
        ConnectorContext context = new ConnectorContext(pipeline, namespace, services);
        Systems.placeholderSources().forEach(source -> source.addPlaceholders(placeholders, context));
        return placeholders;
    }

    /** A file of the project as the engine reads it; it must exist. */
    private String engineSidePath(String location) {
        java.nio.file.Path file = java.nio.file.Path.of(location);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalArgumentException("${file:" + location + "} names no file (looked at "
                    + file.toAbsolutePath().normalize() + "): give a path relative to the project root");
        }
        return services.forEngine(EngineFiles.SERVICE, EngineFiles.class)
                .orElseThrow(() -> new IllegalArgumentException(
                        "The " + services.environment() + " environment cannot hand files to the engine"))
                .engineSidePath(file);
    }

    /** Appends one transform per processor to the connector's chain; deletes (tombstones) pass them untouched. */
    private static void addProcessors(List<Processor> processors, OriginSchema origin, Map<String, String> c) {
        if (processors.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>(list(c.get("transforms")));
        for (int i = 0; i < processors.size(); i++) {
            Processor p = processors.get(i);
            String name = unusedName(names, i + 1);
            String prefix = "transforms." + name + ".";
            if (p instanceof Processor.MaskField mask) {
                c.put(prefix + "type", "org.apache.kafka.connect.transforms.MaskField$Value");
                c.put(prefix + "fields", mask.field());
                if (isText(origin, mask.field())) {
                    c.put(prefix + "replacement", Processor.MaskField.TEXT_MASK);
                }
            } else if (p instanceof Processor.RenameField rename) {
                c.put(prefix + "type", "org.apache.kafka.connect.transforms.ReplaceField$Value");
                c.put(prefix + "renames", rename.field() + ":" + rename.to());
            }
            // A delete travels as a tombstone (no value): processors pass it on untouched.
            c.put(prefix + "predicate", TOMBSTONE);
            c.put(prefix + "negate", "true");
            names.add(name);
        }
        c.put("transforms", String.join(",", names));
        List<String> predicates = new ArrayList<>(list(c.get("predicates")));
        if (!predicates.contains(TOMBSTONE)) {
            predicates.add(TOMBSTONE);
            c.put(
                    "predicates." + TOMBSTONE + ".type",
                    "org.apache.kafka.connect.transforms.predicates.RecordIsTombstone");
        }
        c.put("predicates", String.join(",", predicates));
    }

    /**
     * The pipeline's record format on every connector, so that its source writes and its sink reads
     * the same; a connector that chooses its own converters (a mirror) cannot take another format.
     */
    private static void addConverters(
            Pipeline pipeline, ConnectorContext context, Map<String, Map<String, String>> configs) {
        if (pipeline.format().isDefault()) {
            return;
        }
        Map<String, String> converters = pipeline.format().converters(context);
        configs.forEach((role, config) -> {
            if (config.containsKey("value.converter")) {
                throw new IllegalArgumentException("The " + pipeline.describe() + " cannot write "
                        + pipeline.format().name() + ": its " + role + " connector chooses its own converters ("
                        + config.get("value.converter") + ")");
            }
            config.putAll(converters);
        });
    }

    /** p1, p2, …, skipping names a team's own chain already uses. */
    private static String unusedName(List<String> taken, int from) {
        int n = from;
        while (taken.contains("p" + n)) {
            n++;
        }
        return "p" + n;
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of() : List.of(commaSeparated.split(","));
    }

    private static boolean isText(OriginSchema origin, String field) {
        return origin.columns().stream().noneMatch(col -> col.name().equals(field) && !col.text());
    }

    /**
     * The fields a record has after the processors, checking each processor against the fields it
     * meets. Throws {@link UnknownFieldException} naming the known fields.
     */
    public static Set<String> fieldsAfter(List<Processor> processors, OriginSchema origin) {
        Set<String> fields = new LinkedHashSet<>(origin.names());
        for (Processor p : processors) {
            if (!fields.isEmpty() && !fields.contains(p.field())) {
                throw new UnknownFieldException(p, fields);
            }
            if (p instanceof Processor.RenameField rename) {
                fields.remove(rename.field());
                fields.add(rename.to());
            }
        }
        return fields;
    }
}
