package dev.sluice.environment.service;

import dev.sluice.environment.Settings;
import dev.sluice.environment.shared.MavenArtifacts;
import java.nio.file.Path;

/**
 * What the local environment gives a service to prepare its start: the settings, Maven artifacts
 * to resolve what it runs from, a cache shared by runs ({@code ~/.sluice}) for what it builds from
 * them, its own data directory in the run, the port to listen on, the run's credentials,
 * whether it starts again on the data of its last start (a restart) or on new data, and Sluice's
 * own class path (for a service whose child JVM runs a main class of Sluice's).
 */
public record LocalRun(
        Settings settings,
        MavenArtifacts artifacts,
        Path cache,
        Path dataDir,
        int port,
        Credentials credentials,
        boolean keepData,
        java.util.List<Path> sluiceClasspath) {}
