package dev.sluice.environment.service;

import dev.sluice.environment.Settings;
import java.util.Map;

/**
 * A service the docker environment can run as a container of an image built by
 * {@code docker/build.sh} from the recipe {@code docker/<id>/}.
 */
public interface RunsInContainer extends RunsAsServer {

    /** The image's tag for these settings, e.g. {@code sluice/registry:2.4.2.Final}. */
    String image(Settings settings);

    /** The container's environment variables for the run's credentials. */
    Map<String, String> containerEnvironment(Credentials credentials);

    /** When a started container is ready to be used. */
    Readiness containerReadiness();

    /** Fills the build context beside the copied recipe (jars, built applications). */
    void prepareImage(ImageBuild build);
}
