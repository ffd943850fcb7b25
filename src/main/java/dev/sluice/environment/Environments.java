package dev.sluice.environment;

import dev.sluice.environment.local.LocalEnvironment;
import java.util.List;

/** Picks the environment named by {@code sluice.environment}. */
public final class Environments {
    public static final List<String> NAMES = List.of("local", "docker", "external");

    private Environments() {}

    public static Environment create(Settings settings) {
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
