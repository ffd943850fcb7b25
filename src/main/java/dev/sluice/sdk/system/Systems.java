package dev.sluice.sdk.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The registry of {@link DataSystem}s, found on the class path by {@link ServiceLoader}
 * ({@code META-INF/services/dev.sluice.sdk.system.DataSystem}). The phrasebook's endpoints, the
 * "Supported: …" message of an impossible pipeline, the stage libraries and the README's table of
 * systems all come from here.
 */
public final class Systems {
    /** A phrase and a quoted name; which phrases exist is the registry's to say. */
    private static final Pattern PHRASE = Pattern.compile("([A-Z][A-Za-z0-9]*(?: [A-Za-z0-9]+)*) \"([^\"]+)\"");

    private static final List<DataSystem> ALL = load();
    private static final List<StageLibrary> LIBRARIES = loadStageLibraries();

    private Systems() {}

    private static List<DataSystem> load() {
        List<DataSystem> systems = new ArrayList<>();
        ServiceLoader.load(DataSystem.class, Systems.class.getClassLoader()).forEach(systems::add);
        systems.sort((a, b) -> a.id().compareTo(b.id()));
        return List.copyOf(systems);
    }

    public static List<DataSystem> all() {
        return ALL;
    }

    /** Every source of placeholders: the systems, then the services registered as sources of their own. */
    public static List<PlaceholderSource> placeholderSources() {
        List<PlaceholderSource> sources = new ArrayList<>(ALL);
        ServiceLoader.load(PlaceholderSource.class, Systems.class.getClassLoader())
                .forEach(sources::add);
        return sources;
    }

    public static Optional<DataSystem> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Parses {@code PostgreSQL table "warehouse.customers"}; an unknown phrase lists the known ones. */
    public static Endpoint parse(String text) {
        Matcher m = PHRASE.matcher(text.trim());
        DataSystem system = m.matches()
                ? ALL.stream()
                        .filter(s -> s.phrase().equals(m.group(1)))
                        .findFirst()
                        .orElse(null)
                : null;
        if (system == null) {
            throw new IllegalArgumentException("Unknown endpoint '" + text.trim() + "': expected one of "
                    + ALL.stream().map(s -> s.phrase() + " \"name\"").collect(Collectors.joining(", ")));
        }
        return system.endpoint(m.group(2));
    }

    /** Every origin → destination a pipeline can have: a topic between them, at least one connector. */
    public static List<String> supportedPipelines() {
        List<String> pairs = new ArrayList<>();
        for (DataSystem origin : ALL.stream()
                .filter(DataSystem::canBeOrigin)
                .sorted(Systems::originsFirst)
                .toList()) {
            for (DataSystem destination : ALL.stream()
                    .filter(DataSystem::canBeDestination)
                    .sorted(Systems::originsFirst)
                    .toList()) {
                pairs.add(origin.phrase() + " → " + destination.phrase());
            }
        }
        return pairs;
    }

    static String originPhrases() {
        return ALL.stream()
                .filter(DataSystem::canBeOrigin)
                .filter(s -> !s.isTopic())
                .map(DataSystem::phrase)
                .collect(Collectors.joining(", "));
    }

    /** Systems that are more than a topic come first, so the supported list reads from databases outward. */
    private static int originsFirst(DataSystem a, DataSystem b) {
        int topic = Boolean.compare(a.isTopic(), b.isTopic());
        int destinationOnly = Boolean.compare(!a.canBeOrigin(), !b.canBeOrigin());
        return topic != 0 ? topic : destinationOnly != 0 ? destinationOnly : a.id().compareTo(b.id());
    }

    /** The stage libraries of every system, then those of the plug-ins registered as providers of their own. */
    public static List<StageLibrary> stageLibraries() {
        return LIBRARIES;
    }

    private static List<StageLibrary> loadStageLibraries() {
        List<StageLibraryProvider> providers = new ArrayList<>(ALL);
        ServiceLoader.load(StageLibraryProvider.class, Systems.class.getClassLoader())
                .forEach(providers::add);
        return providers.stream()
                .flatMap(p -> p.stageLibraries().stream())
                .distinct()
                .toList();
    }
}
