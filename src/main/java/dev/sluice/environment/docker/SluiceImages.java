package dev.sluice.environment.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.sluice.environment.Settings;
import dev.sluice.environment.shared.ConsistencyMode;
import dev.sluice.environment.shared.MavenArtifacts;
import dev.sluice.environment.shared.StageLibraryEntry;
import dev.sluice.environment.shared.StageLibraryInstaller;
import dev.sluice.sdk.system.StageLibrary;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The images of a run, named by the versions in the settings (as {@code docker/build.sh} tags
 * them), and the worker composed of the core and the stage libraries.
 */
final class SluiceImages {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");

    private final Settings settings;
    private final DockerClient docker;

    SluiceImages(Settings settings, DockerClient docker) {
        this.settings = settings;
        this.docker = docker;
    }

    String kafka() {
        return require("sluice/kafka:" + settings.get(Settings.KAFKA_VERSION));
    }

    String core() {
        return require("sluice/connect:" + settings.get(Settings.KAFKA_VERSION));
    }

    String postgres() {
        return require("sluice/postgres:15");
    }

    String mariadb() {
        return require("sluice/mariadb:10.11");
    }

    String s3() {
        return require("sluice/s3:" + settings.get(Settings.S3PROXY_VERSION));
    }

    /** {@code sluice/stage-<id>:<version>-core<core version>}. */
    String stageLibrary(StageLibrary library) {
        return require("sluice/stage-" + library.id() + ":" + StageLibraryEntry.versionOf(library, settings) + "-core"
                + settings.get(Settings.KAFKA_VERSION));
    }

    /**
     * Checks that the stage libraries were built for the core, then builds (or reuses) the worker
     * image with their plugin directories copied in. Returns its name.
     */
    String composedWorker(ConsistencyMode mode) {
        String core = core();
        Map<String, Map<String, String>> stages = new LinkedHashMap<>();
        for (StageLibraryEntry entry : StageLibraryEntry.all(settings, Path.of(""))) {
            String image = entry instanceof StageLibraryEntry.Known known
                    ? stageLibrary(known.library())
                    : builtOnTheFly(entry, core);
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

    /**
     * A stage library given by coordinates or path: installed as the local environment installs it,
     * then built into a stage-library image of its own, labelled with the core it was built for.
     */
    private String builtOnTheFly(StageLibraryEntry entry, String core) {
        Path installed;
        try (MavenArtifacts artifacts = new MavenArtifacts()) {
            installed = new StageLibraryInstaller(Path.of(settings.get(Settings.WORK_DIR)), artifacts).install(entry);
        }
        Map<String, String> coreLabels = labels(core);
        String id = entry.id().toLowerCase(Locale.ROOT);
        String dockerfile = "FROM scratch\nCOPY plugin/ /plugins/" + id + "/\n"
                + "LABEL dev.sluice.component=\"stage-library\" dev.sluice.stage-library=\"" + id + "\""
                + " dev.sluice.version=\"" + entry.version() + "\""
                + " dev.sluice.built-for.core.version=\"" + coreLabels.getOrDefault("dev.sluice.version", "") + "\""
                + " dev.sluice.built-for.core.build=\"" + coreLabels.getOrDefault("dev.sluice.build", "") + "\"\n";
        String name = "sluice/stage-" + id + ":" + entry.version().toLowerCase(Locale.ROOT) + "-core"
                + settings.get(Settings.KAFKA_VERSION);
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

    Map<String, String> labels(String image) {
        Map<String, String> labels =
                docker.inspectImageCmd(image).exec().getConfig().getLabels();
        return labels == null ? Map.of() : labels;
    }

    private String require(String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return image;
        } catch (NotFoundException e) {
            throw new IllegalStateException(
                    "The image " + image + " is missing. Build the images with docker/build.sh "
                            + "(with the same -Dsluice.*.version settings as this run).",
                    e);
        }
    }
}
