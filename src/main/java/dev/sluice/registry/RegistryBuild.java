package dev.sluice.registry;

import dev.sluice.environment.shared.FileTrees;
import dev.sluice.environment.shared.MavenArtifacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apicurio Registry as an application that runs: its Maven Central jars are not (Quarkus needs its
 * build step), so a small Maven project is generated and built with Quarkus's plugin, once per
 * version, build revision and machine, into {@code <cache>/registry/<version>-sluice<revision>/} (a runner jar and {@code lib/}).
 * Only 2.4.2.Final can be assembled from what is served, with two workarounds: the JSON Schema
 * library only on JitPack and the build-time half of a configuration index are left out, and a
 * small CDI producer stands in for what that index provides. One addition of Sluice's serialises the
 * storage's writes (SerialisedWrites.java.txt): its in-memory storage gave two concurrent
 * registrations the same id. Concurrent runs build once (a file lock).
 */
final class RegistryBuild {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");
    static final String RUNNER = "registry-runner.jar";
    static final String MAIN_CLASS = "io.quarkus.runner.GeneratedMain";
    private static final String RESOURCES = "/dev/sluice/registry/build/";
    private static final long BUILD_MINUTES = 15;
    /** Raised whenever what is added to the build changes, so that machines build it again. */
    private static final String BUILD_REVISION = "2";

    private RegistryBuild() {}

    /** The built application's directory (runner jar and {@code lib/}), building it first when the cache has none. */
    static Path ensure(Path cache, String version, MavenArtifacts artifacts) {
        Path home = cache.resolve("registry");
        Path app = home.resolve(version + "-sluice" + BUILD_REVISION);
        if (Files.isRegularFile(app.resolve(RUNNER))) {
            return app;
        }
        try {
            Files.createDirectories(home);
            try (FileChannel lockFile = FileChannel.open(
                            home.resolve(version + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = lockFile.lock()) {
                if (!Files.isRegularFile(app.resolve(RUNNER))) {
                    build(home, app, version, artifacts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build Apicurio Registry " + version + " into " + app, e);
        }
        return app;
    }

    private static void build(Path home, Path app, String version, MavenArtifacts artifacts) throws IOException {
        long begin = System.nanoTime();
        LOG.info("building Apicurio Registry {} from Maven Central, once for this machine (into {})", version, app);
        Path project = Files.createTempDirectory(home, "build-");
        try {
            Files.writeString(project.resolve("pom.xml"), resource("pom.xml").replace("@VERSION@", version));
            Files.writeString(project.resolve("settings.xml"), resource("settings.xml"));
            Path java = project.resolve("src/main/java/dev/sluice/registry/app");
            Files.createDirectories(java);
            Files.writeString(
                    java.resolve("NoDynamicConfigProperties.java"), resource("NoDynamicConfigProperties.java.txt"));
            Files.writeString(java.resolve("SerialisedWrites.java"), resource("SerialisedWrites.java.txt"));
            Path resources = project.resolve("src/main/resources");
            Files.createDirectories(resources);
            Files.writeString(
                    resources.resolve("application.properties"),
                    applicationProperties(artifacts.artifact("io.apicurio:apicurio-registry-app:" + version))
                            + "\n"
                            + resource("index.properties"));
            Path log = project.resolve("build.log");
            int exit = maven(project, log);
            Path runner = project.resolve("target/sluice-registry-" + version + "-runner.jar");
            if (exit != 0 || !Files.isRegularFile(runner)) {
                throw new IllegalStateException("Building Apicurio Registry " + version + " with Maven failed (exit "
                        + exit + "); the build's log ends with:\n" + String.join("\n", tail(log, 30))
                        + "\nIts project is kept in " + project + ". Only 2.4.2.Final is known to build from"
                        + " Maven Central (setting " + SchemaRegistry.VERSION + ").");
            }
            Path staged = home.resolve(version + ".partial");
            FileTrees.delete(staged);
            Files.createDirectories(staged);
            Files.move(runner, staged.resolve(RUNNER));
            Files.move(project.resolve("target/lib"), staged.resolve("lib"));
            FileTrees.publish(staged, app);
            FileTrees.delete(project);
            LOG.info(
                    "built Apicurio Registry {} in {} s",
                    version,
                    String.format("%.0f", (System.nanoTime() - begin) / 1e9));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Apicurio Registry's build project is kept for inspection in {}", project);
            throw e;
        }
    }

    /** Copies the built application (runner jar and its {@code lib/}) into a docker build context. */
    static void copyApplication(Path app, Path target) {
        FileTrees.delete(target);
        FileTrees.copy(app, target, true);
    }

    private static int maven(Path project, Path log) throws IOException {
        String home = System.getProperty("maven.home");
        String mvn = home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))
                ? Path.of(home, "bin", "mvn").toString()
                : "mvn";
        Process p = new ProcessBuilder(mvn, "-B", "-ntp", "-s", "settings.xml", "package", "-DskipTests")
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!p.waitFor(BUILD_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("Building Apicurio Registry took more than " + BUILD_MINUTES
                        + " minutes; the build's log is " + log);
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building Apicurio Registry", e);
        }
    }

    /** The application's own configuration, which its jar carries but the build does not index. */
    private static String applicationProperties(Path appJar) throws IOException {
        try (ZipFile zip = new ZipFile(appJar.toFile())) {
            var entry = zip.getEntry("application.properties");
            if (entry == null) {
                throw new IllegalStateException(appJar + " holds no application.properties");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RegistryBuild.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("Sluice's jar lacks " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> tail(Path log, int lines) throws IOException {
        List<String> all = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return all.subList(Math.max(0, all.size() - lines), all.size());
    }
}
