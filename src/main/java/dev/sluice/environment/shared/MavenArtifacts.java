package dev.sluice.environment.shared;

import eu.maveniverse.maven.mima.context.Context;
import eu.maveniverse.maven.mima.context.ContextOverrides;
import eu.maveniverse.maven.mima.context.Runtimes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;
import org.eclipse.aether.resolution.ArtifactDescriptorResult;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves services and stage libraries by Maven coordinates at run time, with the user's own Maven
 * settings and local repository, so that a version is a setting and not a build-time decision.
 */
public final class MavenArtifacts implements AutoCloseable {
    private final Context context;

    public MavenArtifacts() {
        this.context = Runtimes.INSTANCE
                .getRuntime()
                .create(ContextOverrides.create().withUserSettings(true).build());
    }

    /** The runtime class path of the given artifacts and all their transitive dependencies. */
    public List<Path> runtimeClasspath(List<String> coordinates) {
        return runtimeClasspath(coordinates, List.of());
    }

    /** As {@link #runtimeClasspath(List)}, leaving out artifacts whose {@code groupId:artifactId} starts with a prefix. */
    public List<Path> runtimeClasspath(List<String> coordinates, List<String> excludedPrefixes) {
        CollectRequest collect = new CollectRequest();
        collect.setRepositories(context.remoteRepositories());
        for (String coordinate : coordinates) {
            collect.addDependency(new Dependency(new DefaultArtifact(coordinate), JavaScopes.RUNTIME));
        }
        DependencyRequest request =
                new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        try {
            // Keyed by groupId:artifactId so that one version of each library is on the path.
            Map<String, Path> jars = new LinkedHashMap<>();
            context
                    .repositorySystem()
                    .resolveDependencies(context.repositorySystemSession(), request)
                    .getArtifactResults()
                    .stream()
                    .filter(r -> excludedPrefixes.stream().noneMatch(key(r.getArtifact())::startsWith))
                    .forEach(r -> jars.putIfAbsent(
                            key(r.getArtifact()), r.getArtifact().getFile().toPath()));
            return new ArrayList<>(jars.values());
        } catch (DependencyResolutionException e) {
            throw new IllegalStateException(
                    "Could not resolve " + coordinates + " from Maven repositories "
                            + context.remoteRepositories().stream()
                                    .map(r -> r.getId())
                                    .toList() + ": " + e.getMessage()
                            + ". Check the version settings (sluice.*.version) and that the artifacts exist.",
                    e);
        }
    }

    /** One artifact without its dependencies, e.g. a plugin archive {@code g:a:tar.gz:plugin:v}. */
    public Path artifact(String coordinate) {
        ArtifactRequest request =
                new ArtifactRequest(new DefaultArtifact(coordinate), context.remoteRepositories(), null);
        try {
            return context.repositorySystem()
                    .resolveArtifact(context.repositorySystemSession(), request)
                    .getArtifact()
                    .getFile()
                    .toPath();
        } catch (ArtifactResolutionException e) {
            throw new IllegalStateException(
                    "Could not resolve " + coordinate + ": " + e.getMessage()
                            + ". Check the version setting for this stage library and that the artifact exists.",
                    e);
        }
    }

    /**
     * The version of a dependency as an artifact's POM declares it (any scope, managed versions
     * filled in), e.g. the {@code connect-api} a plugin was built against; empty when it declares none
     * or has no POM to read.
     */
    public Optional<String> declaredDependencyVersion(
            String coordinate, String dependencyGroupId, String dependencyArtifactId) {
        Artifact artifact = new DefaultArtifact(coordinate);
        ArtifactDescriptorRequest request = new ArtifactDescriptorRequest(
                new DefaultArtifact(artifact.getGroupId(), artifact.getArtifactId(), "", "pom", artifact.getVersion()),
                context.remoteRepositories(),
                null);
        try {
            ArtifactDescriptorResult descriptor =
                    context.repositorySystem().readArtifactDescriptor(context.repositorySystemSession(), request);
            return java.util.stream.Stream.concat(
                            descriptor.getDependencies().stream(), descriptor.getManagedDependencies().stream())
                    .map(Dependency::getArtifact)
                    .filter(a -> a.getGroupId().equals(dependencyGroupId)
                            && a.getArtifactId().equals(dependencyArtifactId))
                    .map(Artifact::getVersion)
                    .findFirst();
        } catch (ArtifactDescriptorException e) {
            // No POM, no declaration: installing the artifact, next, names what is missing and where it was sought.
            return Optional.empty();
        }
    }

    private static String key(Artifact a) {
        return a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getClassifier();
    }

    @Override
    public void close() {
        context.close();
    }
}
