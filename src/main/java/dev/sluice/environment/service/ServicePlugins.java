package dev.sluice.environment.service;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The registered service plug-ins, by id; what the environments iterate over instead of naming services. */
public final class ServicePlugins {
    // Before ALL: a plug-in's class may read it while ALL is being made.
    /** Where services keep what they build from Maven artifacts, between runs and for the images: {@code ~/.sluice}. */
    public static final Path CACHE = Path.of(System.getProperty("user.home"), ".sluice");

    private static final List<ServicePlugin> ALL = ServiceLoader.load(ServicePlugin.class).stream()
            .map(ServiceLoader.Provider::get)
            .sorted(Comparator.comparing(ServicePlugin::id))
            .toList();

    private ServicePlugins() {}

    public static List<ServicePlugin> all() {
        return ALL;
    }

    /** The plug-ins with that capability, e.g. {@code with(RunsLocally.class)}. */
    public static <T extends ServicePlugin> List<T> with(Class<T> capability) {
        return ALL.stream().filter(capability::isInstance).map(capability::cast).toList();
    }

    public static Optional<ServicePlugin> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
