package dev.sluice.sdk.format;

import dev.sluice.sdk.system.ConnectorContext;
import dev.sluice.sdk.system.Services;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The record formats a pipeline may write: JSON with schema, built in, and those of plug-ins
 * registered in {@code META-INF/services/dev.sluice.sdk.format.RecordFormat}.
 */
public final class RecordFormats {
    /** Kafka Connect's JSON with schema: the worker's own converters, so a connector needs no settings. */
    public static final RecordFormat JSON = new RecordFormat() {
        @Override
        public String name() {
            return "JSON";
        }

        @Override
        public Map<String, String> converters(ConnectorContext context) {
            return Map.of();
        }

        @Override
        public boolean isDefault() {
            return true;
        }
    };

    private static final List<RecordFormat> ALL = load();
    private static final List<FramedRecords> FRAMED = loadFramed();

    private RecordFormats() {}

    private static List<RecordFormat> load() {
        List<RecordFormat> formats = new ArrayList<>(List.of(JSON));
        ServiceLoader.load(RecordFormat.class, RecordFormats.class.getClassLoader())
                .forEach(formats::add);
        return List.copyOf(formats);
    }

    private static List<FramedRecords> loadFramed() {
        List<FramedRecords> framed = new ArrayList<>();
        ServiceLoader.load(FramedRecords.class, RecordFormats.class.getClassLoader())
                .forEach(framed::add);
        return List.copyOf(framed);
    }

    /** The format a feature names; an unknown name lists the known ones. */
    public static RecordFormat byName(String name) {
        return ALL.stream()
                .filter(f -> f.name().equalsIgnoreCase(name.trim()))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("Unknown record format '" + name.trim() + "': expected one of "
                                + ALL.stream().map(RecordFormat::name).collect(Collectors.joining(", "))));
    }

    /**
     * The format a feature names, or, for an unknown name, one that refuses the pipeline when it is
     * compiled: a refusal a scenario can check ("fails with an error mentioning"), as for an unknown field.
     */
    public static RecordFormat named(String name) {
        try {
            return byName(name);
        } catch (IllegalArgumentException unknown) {
            return new RecordFormat() {
                @Override
                public String name() {
                    return name.trim();
                }

                @Override
                public Map<String, String> converters(ConnectorContext context) {
                    throw unknown;
                }
            };
        }
    }

    /**
     * The reader of framed records for one session: the registered plug-in's, or one that says no
     * plug-in reads them when none is registered (or, without services, that there is no registry).
     */
    public static FramedRecords.Reader framedReader(Services services) {
        if (services == null) {
            return refusing("this reader was given no schema registry");
        }
        if (FRAMED.isEmpty()) {
            return refusing("no plug-in that reads a schema registry is on the class path: add Sluice's registry "
                    + "package (dev.sluice.registry).");
        }
        return FRAMED.get(0).reader(services);
    }

    private static FramedRecords.Reader refusing(String why) {
        return (bytes, where) -> {
            throw new IllegalStateException("The " + where + " is in Confluent's wire format (schema id "
                    + FramedRecords.schemaId(bytes) + "), and " + why);
        };
    }
}
