package dev.sluice.environment;

import dev.sluice.environment.local.LocalEnvironment;
import java.util.List;

/** Picks the environment named by {@code sluice.environment}. */
public final class Environments {
    public static final List<String> NAMES = List.of("local", "docker", "external");

    private Environments() {}

    /**
     * The environment the settings name; with {@value Settings#REUSE} (local and docker), one kept
     * from an earlier run with the same definition, attached and started already (see {@link
     * ReusedEnvironments}).
     */
    public static Environment create(Settings settings) {
        if (settings.flag(Settings.REUSE) && !settings.get(Settings.ENVIRONMENT).equals("external")) {
            return ReusedEnvironments.attachOrStart(settings, Environments::createOwn);
        }
        return createOwn(settings);
    }

    /** The environment the settings name, never a reused one. */
    static Environment createOwn(Settings settings) {
        String name = settings.get(Settings.ENVIRONMENT);
        return switch (name) {
            case "local" -> new LocalEnvironment(settings);
            case "docker" -> new dev.sluice.environment.docker.DockerEnvironment(settings);
            case "external" -> new ExternalEnvironment(settings);
            default ->
                throw new IllegalArgumentException("Unknown environment '" + name + "' (setting " + Settings.ENVIRONMENT
                        + "): expected one of " + NAMES);
        };
    }
}
