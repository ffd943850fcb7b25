package dev.sluice.environment.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.sluice.environment.CoreVersion;
import dev.sluice.environment.Settings;
import dev.sluice.environment.service.RunsInContainer;
import dev.sluice.environment.shared.ConsistencyMode;
import dev.sluice.environment.shared.MavenArtifacts;
import dev.sluice.environment.shared.StageLibraryEntry;
import dev.sluice.environment.shared.StageLibraryInstaller;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The images of a run, named by the versions in the settings (as {@code docker/build.sh} tags
 * them), and the worker composed of the core and the stage libraries. At the start of a run every
 * image must have been built; for an engine change within a scenario ({@link #buildingMissing}), a
 * missing core or stage-library image is built here from the same recipes and Maven artifacts.
 */
final class SluiceImages {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");
    private static final Path RECIPES = Path.of("docker");

    private final Settings settings;
    private final DockerClient docker;
    /** Where missing images come from; null when they must exist. */
    private final MavenArtifacts artifacts;

    SluiceImages(Settings settings, DockerClient docker) {
        this(settings, docker, null);
    }

    private SluiceImages(Settings settings, DockerClient docker, MavenArtifacts artifacts) {
        this.settings = settings;
        this.docker = docker;
        this.artifacts = artifacts;
    }

    /** The images of other versions, building those that are missing with these artifacts. */
    SluiceImages buildingMissing(Settings versions, MavenArtifacts artifacts) {
        return new SluiceImages(versions, docker, artifacts);
    }

    String kafka() {
        return require("sluice/kafka:" + settings.get(Settings.KAFKA_VERSION));
    }

    String core() {
        String name = "sluice/connect:" + settings.get(Settings.KAFKA_VERSION);
        return artifacts == null || exists(name) ? require(name) : buildCore(name);
    }

    /** A service plug-in's image, as docker/build.sh tags it. */
    String plugged(RunsInContainer plugin) {
        return require(plugin.image(settings));
    }

    /**
     * Checks that the stage libraries were built for the core, then builds (or reuses) the worker
     * image with their plugin directories copied in. Returns its name.
     */
    String composedWorker(ConsistencyMode mode) {
        String core = core();
        Map<String, Map<String, String>> stages = new LinkedHashMap<>();
        for (StageLibraryEntry entry : StageLibraryEntry.all(settings, Path.of(""))) {
            String image = stageLibrary(entry, core);
            stages.put(image, labels(image));
        }
        List<String> mismatches = ConsistencyCheck.mismatches(core, labels(core), stages);
        mode.apply(mismatches, ConsistencyCheck.describe(mismatches), LOG);
        StringBuilder dockerfile = new StringBuilder("FROM ").append(core).append('\n');
        stages.keySet()
                .forEach(image ->
                        dockerfile.append("COPY --from=").append(image).append(" /plugins/ /opt/connect/plugins/\n"));
        String name = "sluice/connect-composed:"
                + Integer.toHexString(dockerfile.toString().hashCode());
        try {
            return new ImageFromDockerfile(name, false)
                    .withFileFromString("Dockerfile", dockerfile.toString())
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Could not compose the worker image from " + core + " and " + stages.keySet() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** {@code sluice/stage-<id>:<version>-core<core version>}, the name {@code docker/build.sh} gives a stage image. */
    static String stageImage(String libraryId, String version, String core) {
        return "sluice/stage-" + libraryId.toLowerCase(Locale.ROOT) + ":" + version + "-core" + core;
    }

    /**
     * The stage image of an entry for the run's core: as {@code docker/build.sh} built it
     * for a known library; built here for one given by coordinates or path (and, within an engine
     * change, for a known one that is missing).
     */
    private String stageLibrary(StageLibraryEntry entry, String core) {
        String version = entry instanceof StageLibraryEntry.Known
                ? entry.version()
                : entry.version().toLowerCase(Locale.ROOT);
        String name = stageImage(entry.id(), version, settings.get(Settings.KAFKA_VERSION));
        if (exists(name) || (entry instanceof StageLibraryEntry.Known && artifacts == null)) {
            return require(name);
        }
        return builtOnTheFly(entry, name, core);
    }

    /**
     * The stage library installed as the local environment installs it, then built into a
     * stage-library image of its own, labelled with the core it was built for.
     */
    private String builtOnTheFly(StageLibraryEntry entry, String name, String core) {
        Path installed = withArtifacts(a -> new StageLibraryInstaller(workDir(), a).install(entry));
        Map<String, String> coreLabels = labels(core);
        String id = entry.id().toLowerCase(Locale.ROOT);
        String dockerfile = "FROM scratch\nCOPY plugin/ /plugins/" + id + "/\n"
                + "LABEL dev.sluice.component=\"stage-library\" dev.sluice.stage-library=\"" + id + "\""
                + " dev.sluice.version=\"" + entry.version() + "\""
                + " dev.sluice.built-for.core.version=\"" + coreLabels.getOrDefault(ConsistencyCheck.VERSION, "") + "\""
                + " dev.sluice.built-for.core.build=\"" + coreLabels.getOrDefault(ConsistencyCheck.BUILD, "") + "\"\n";
        try {
            return new ImageFromDockerfile(name, false)
                    .withFileFromString("Dockerfile", dockerfile)
                    .withFileFromPath("plugin", installed)
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Could not build the stage-library image " + name + " for the entry '" + entry.entry() + "' of "
                            + Settings.STAGE_LIBRARIES + ": " + e.getMessage(),
                    e);
        }
    }

    /** The core's image from the recipe in {@code docker/connect} and the core's jars, as docker/build.sh builds it. */
    private String buildCore(String name) {
        if (!Files.isRegularFile(RECIPES.resolve("connect/Dockerfile"))) {
            throw new IllegalStateException("The image " + name
                    + " is missing, and it cannot be built here: there is no "
                    + RECIPES.resolve("connect/Dockerfile").toAbsolutePath() + ". Build it with docker/build.sh -D"
                    + Settings.KAFKA_VERSION + "=" + settings.get(Settings.KAFKA_VERSION) + " in Sluice's checkout.");
        }
        CoreVersion core = CoreVersion.of(settings);
        Path context = workDir().resolve("docker-contexts/connect-" + core.text());
        try {
            String build = ImageContexts.connectContext(RECIPES, context, artifacts, core);
            ImageFromDockerfile image = new ImageFromDockerfile(name, false)
                    .withBuildArg("JRE_IMAGE", require("sluice/jre:17"))
                    .withBuildArg("VERSION", core.text())
                    .withBuildArg("BUILD_ID", build);
            try (Stream<Path> files = Files.list(context)) {
                files.forEach(f -> image.withFileFromPath(f.getFileName().toString(), f));
            }
            LOG.info("building the core image {} (build {})", name, build);
            return image.get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not build the core image " + name + ": " + e.getMessage(), e);
        }
    }

    private <T> T withArtifacts(Function<MavenArtifacts, T> use) {
        if (artifacts != null) {
            return use.apply(artifacts);
        }
        try (MavenArtifacts own = new MavenArtifacts()) {
            return use.apply(own);
        }
    }

    private Path workDir() {
        return Path.of(settings.get(Settings.WORK_DIR));
    }

    Map<String, String> labels(String image) {
        Map<String, String> labels =
                docker.inspectImageCmd(image).exec().getConfig().getLabels();
        return labels == null ? Map.of() : labels;
    }

    private boolean exists(String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private String require(String image) {
        if (!exists(image)) {
            throw new IllegalStateException("The image " + image + " is missing. Build the images with docker/build.sh "
                    + "(with the same -Dsluice.*.version settings as this run).");
        }
        return image;
    }
}
