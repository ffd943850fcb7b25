package dev.sluice.environment.service;

import dev.sluice.environment.Settings;
import dev.sluice.environment.shared.MavenArtifacts;
import java.nio.file.Path;

/**
 * What {@code docker/build.sh} gives a service to prepare its image's build context: the
 * settings, Maven artifacts, the cache of what services build, its recipe ({@code docker/<id>/})
 * and the context directory to fill (the recipe is already copied there).
 */
public record ImageBuild(Settings settings, MavenArtifacts artifacts, Path cache, Path recipe, Path context) {}
