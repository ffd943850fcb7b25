package dev.sluice.environment.docker;

import dev.sluice.environment.CoreVersion;
import dev.sluice.environment.Settings;
import dev.sluice.environment.service.ImageBuild;
import dev.sluice.environment.service.RunsInContainer;
import dev.sluice.environment.service.ServicePlugins;
import dev.sluice.environment.shared.BrokerConfig;
import dev.sluice.environment.shared.EngineArtifacts;
import dev.sluice.environment.shared.FileTrees;
import dev.sluice.environment.shared.MavenArtifacts;
import dev.sluice.environment.shared.StageLibraryEntry;
import dev.sluice.environment.shared.StageLibraryInstaller;
import dev.sluice.environment.shared.WorkerConfig;
import dev.sluice.sdk.Sha256;
import dev.sluice.sdk.system.StageLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prepares the Docker build contexts of Sluice's images from Maven artifacts (the same
 * resolution, versions and stage libraries as the local environment) and writes
 * {@code build-info.env} with the versions and build ids that {@code docker/build.sh} puts into the
 * images' tags and labels. A core's build id is a digest of its jars' contents, so a stage library can say
 * exactly which core it was built for.
 *
 * <p>Usage: {@code ImageContexts <docker recipes dir> <output dir>}; versions from the usual settings.
 */
public final class ImageContexts {

    private ImageContexts() {}

    public static void main(String[] args) throws Exception {
        Path recipes = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Settings settings = Settings.fromJvm();
        CoreVersion core = CoreVersion.of(settings);
        String kafkaVersion = core.text();
        Map<String, String> info = new LinkedHashMap<>();
        try (MavenArtifacts artifacts = new MavenArtifacts()) {
            info.put("KAFKA_VERSION", kafkaVersion);
            info.put(
                    "KAFKA_BUILD_ID",
                    jarsContext(
                            recipes.resolve("kafka"),
                            out.resolve("kafka"),
                            EngineArtifacts.classpath(artifacts, EngineArtifacts.kafkaCore(kafkaVersion))));
            // The broker's configuration as the local broker has it; the start script adds the listeners.
            Map<String, String> broker = new LinkedHashMap<>(BrokerConfig.common());
            broker.putAll(BrokerConfig.quorum(core, "127.0.0.1:9094"));
            Files.writeString(out.resolve("kafka/broker.properties"), BrokerConfig.asFile(broker));
            Files.writeString(
                    out.resolve("kafka/format.options"), String.join("\n", BrokerConfig.formatOptions(core)) + "\n");
            Files.writeString(
                    out.resolve("kafka/jvm.options"),
                    String.join("\n", BrokerConfig.jvmOptions("/opt/kafka/log4j2.properties")) + "\n");
            String coreBuild = connectContext(recipes, out.resolve("connect"), artifacts, core);
            info.put("CONNECT_VERSION", kafkaVersion);
            info.put("CONNECT_BUILD_ID", coreBuild);
            StageLibraryInstaller installer =
                    new StageLibraryInstaller(Path.of(settings.get(Settings.WORK_DIR)), artifacts);
            StringBuilder libraries = new StringBuilder();
            for (StageLibrary library : StageLibrary.all()) {
                String version = StageLibraryEntry.versionOf(library, settings);
                Path installed = installer.install(library, version);
                Path context = out.resolve("stage-" + library.id());
                copyTree(recipes.resolve("stage-library"), context, false);
                copyTree(onlyPluginDirectory(installed), context.resolve("plugin"), true);
                String key = library.id().toUpperCase().replace('-', '_');
                info.put(key + "_VERSION", version);
                libraries.append(libraries.isEmpty() ? "" : " ").append(library.id());
            }
            info.put("STAGE_LIBRARIES", libraries.toString());
            info.put("SERVICE_IMAGES", pluggedContexts(recipes, out, settings, artifacts));
        }
        StringBuilder env = new StringBuilder();
        info.forEach((k, v) -> env.append(k).append("=\"").append(v).append("\"\n"));
        Files.writeString(out.resolve("build-info.env"), env.toString());
        System.out.print(env);
    }

    /**
     * The build context {@code <id>/} of each service plug-in that runs in a container: its
     * recipe, filled by the plug-in. Returns {@code tag=context} words for docker/build.sh.
     */
    private static String pluggedContexts(Path recipes, Path out, Settings settings, MavenArtifacts artifacts)
            throws IOException {
        StringBuilder images = new StringBuilder();
        for (RunsInContainer plugin : ServicePlugins.with(RunsInContainer.class)) {
            Path recipe = recipes.resolve(plugin.id());
            if (!Files.isDirectory(recipe)) {
                throw new IllegalStateException("The service " + plugin.id() + " runs in a container, but " + recipe
                        + " (its recipe, with a Dockerfile) does not exist");
            }
            Path context = out.resolve(plugin.id());
            copyTree(recipe, context, false);
            plugin.prepareImage(new ImageBuild(settings, artifacts, ServicePlugins.CACHE, recipe, context));
            images.append(images.isEmpty() ? "" : " ")
                    .append(plugin.image(settings))
                    .append('=')
                    .append(context);
        }
        return images.toString();
    }

    /**
     * The core's context: the recipe {@code connect/} of {@code recipes}, the core's jars, and the
     * worker's configuration as the local worker has it, with placeholders for the container's
     * values. Returns the build id (a digest of the jars' contents).
     */
    static String connectContext(Path recipes, Path context, MavenArtifacts artifacts, CoreVersion core)
            throws IOException {
        String build =
                jarsContext(recipes.resolve("connect"), context, EngineArtifacts.connectClasspath(artifacts, core));
        Files.writeString(context.resolve("worker.properties"), WorkerConfig.imageTemplate());
        Files.writeString(
                context.resolve("jvm.options"),
                String.join("\n", WorkerConfig.jvmOptions("/opt/connect/log4j2.properties")) + "\n");
        Files.writeString(context.resolve("main-class"), WorkerConfig.MAIN_CLASS + "\n");
        return build;
    }

    /** A context of the recipe, its jars under {@code libs/} and the log configuration; returns the jars' digest. */
    private static String jarsContext(Path recipe, Path context, List<Path> jars) throws IOException {
        copyTree(recipe, context, false);
        Path libs = context.resolve("libs");
        deleteTree(libs);
        Files.createDirectories(libs);
        Sha256 digest = Sha256.digest();
        for (Path jar : jars.stream().sorted().toList()) {
            Files.copy(jar, libs.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            // The contents, not names and sizes: a rebuilt jar of the same size is another build.
            digest.add(jar.getFileName().toString()).addContents(jar);
        }
        Files.writeString(context.resolve("log4j2.properties"), EngineArtifacts.LOG4J_CONFIG);
        return digest.hex(12);
    }

    /** An installed stage library holds one plugin directory. */
    private static Path onlyPluginDirectory(Path installed) throws IOException {
        try (Stream<Path> children = Files.list(installed)) {
            List<Path> dirs = children.filter(Files::isDirectory).toList();
            if (dirs.size() != 1) {
                throw new IllegalStateException("Expected one plugin directory in " + installed + ", found " + dirs);
            }
            return dirs.get(0);
        }
    }

    /** Jars may be hard links (they are never written); recipes are copies, so nothing in target/ can change them. */
    private static void copyTree(Path from, Path to, boolean link) throws IOException {
        try {
            FileTrees.copy(from, to, link);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
