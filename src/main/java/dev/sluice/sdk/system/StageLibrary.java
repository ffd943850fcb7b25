package dev.sluice.sdk.system;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A stage library: a Kafka Connect plugin that pipelines need, resolved by Maven coordinates and
 * composed onto the core worker. A library is either an official plugin archive ({@code tar.gz})
 * or an assembly of artifacts with their runtime dependencies. Coordinates contain
 * {@code {version}}, filled from the setting named by {@link #versionSetting()}. Systems declare
 * theirs ({@link DataSystem#stageLibraries()}); {@link #byId} finds any of them.
 */
public record StageLibrary(
        String id,
        String versionSetting,
        String connectorClass,
        String archive,
        List<String> withDependencies,
        List<String> withoutDependencies,
        List<String> ownClasses,
        VersionDefaults versions,
        Map<String, List<String>> manifests) {

    /** Never inside a plugin directory: the worker provides them, and a second copy breaks class loading. */
    public static final List<String> PROVIDED_BY_THE_WORKER = List.of("org.apache.kafka:", "org.slf4j:");

    public StageLibrary {
        withDependencies = List.copyOf(withDependencies);
        withoutDependencies = List.copyOf(withoutDependencies);
        ownClasses = List.copyOf(ownClasses);
        manifests = Map.copyOf(manifests);
    }

    /** A library with no default version of its own (its setting has one, or the user gives it). */
    public StageLibrary(
            String id,
            String versionSetting,
            String connectorClass,
            String archive,
            List<String> withDependencies,
            List<String> withoutDependencies,
            List<String> ownClasses) {
        this(
                id,
                versionSetting,
                connectorClass,
                archive,
                withDependencies,
                withoutDependencies,
                ownClasses,
                null,
                Map.of());
    }

    /** The same library, taking these versions when the user names none (see {@link VersionDefaults}). */
    public StageLibrary withVersions(String newest, Map<String, String> byOlderCoreLine) {
        return copy(new VersionDefaults(newest, byOlderCoreLine), manifests);
    }

    /**
     * The same library, declaring that its releases up to {@code throughVersion} fail on cores from
     * {@code fromCoreLine} on, for this reason (see {@link VersionDefaults.CoreBreak}).
     */
    public StageLibrary failingFrom(String fromCoreLine, String throughVersion, String why) {
        VersionDefaults declared = versionDefaults()
                .orElseThrow(() -> new IllegalStateException(
                        "declare " + id + "'s versions (withVersions) before the cores it fails on"));
        return copy(
                new VersionDefaults(
                        declared.newest(),
                        declared.byOlderCoreLine(),
                        new VersionDefaults.CoreBreak(fromCoreLine, throughVersion, why)),
                manifests);
    }

    /**
     * The same library, its plugin directory given a service manifest listing these classes under the
     * Connect plugin interface: the worker's {@code plugin.discovery=service_load} finds plugins only
     * there, and some libraries (converters) ship none.
     */
    public StageLibrary withManifest(String pluginInterface, List<String> classes) {
        Map<String, List<String>> more = new java.util.LinkedHashMap<>(manifests);
        more.put(pluginInterface, List.copyOf(classes));
        return copy(versions, more);
    }

    private StageLibrary copy(VersionDefaults newVersions, Map<String, List<String>> newManifests) {
        return new StageLibrary(
                id,
                versionSetting,
                connectorClass,
                archive,
                withDependencies,
                withoutDependencies,
                ownClasses,
                newVersions,
                newManifests);
    }

    /** Its default versions, when it declares them. */
    public Optional<VersionDefaults> versionDefaults() {
        return Optional.ofNullable(versions);
    }

    /** An assembly of artifacts, those of the first list with their runtime dependencies. */
    public StageLibrary(
            String id,
            String versionSetting,
            String connectorClass,
            String archive,
            List<String> withDependencies,
            List<String> withoutDependencies) {
        this(id, versionSetting, connectorClass, archive, withDependencies, withoutDependencies, List.of());
    }

    /** A library that is an official plugin archive. */
    public static StageLibrary archive(String id, String versionSetting, String connectorClass, String coordinates) {
        return new StageLibrary(id, versionSetting, connectorClass, coordinates, List.of(), List.of());
    }

    /** The Connect plugin interface of converters. */
    public static final String CONVERTER = "org.apache.kafka.connect.storage.Converter";

    /** The Connect plugin interface of the transforms in a library of Sluice's own. */
    public static final String TRANSFORMATION = "org.apache.kafka.connect.transforms.Transformation";

    /**
     * A library of Sluice's own transforms (named, not loaded: their API is the worker's), packed into
     * a jar from Sluice's class path when installed. Its first class stands where a connector class would.
     */
    public static StageLibrary ownTransforms(String id, String versionSetting, List<String> classes) {
        return new StageLibrary(id, versionSetting, classes.get(0), null, List.of(), List.of(), classes);
    }

    /** The plugin archive's coordinates, when the library is one. */
    public Optional<String> archive(String version) {
        return Optional.ofNullable(archive).map(a -> a.replace("{version}", version));
    }

    /** Artifacts that go into the plugin directory with their runtime dependencies. */
    public List<String> withDependencies(String version) {
        return withDependencies.stream()
                .map(c -> c.replace("{version}", version))
                .toList();
    }

    /** Artifacts that go into the plugin directory alone. */
    public List<String> withoutDependencies(String version) {
        return withoutDependencies.stream()
                .map(c -> c.replace("{version}", version))
                .toList();
    }

    public static List<StageLibrary> all() {
        return Systems.stageLibraries();
    }

    public static StageLibrary byId(String id) {
        return all().stream()
                .filter(l -> l.id.equals(id.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown stage library '" + id.trim()
                        + "': expected one of " + ids() + " (setting sluice.stage-libraries)"));
    }

    public static Optional<StageLibrary> providing(String connectorClass) {
        return all().stream()
                .filter(l -> l.connectorClass.equals(connectorClass))
                .findFirst();
    }

    public static List<String> ids() {
        return all().stream().map(StageLibrary::id).collect(Collectors.toList());
    }
}
