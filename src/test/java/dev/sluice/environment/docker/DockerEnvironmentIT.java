package dev.sluice.environment.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import dev.sluice.environment.Settings;
import dev.sluice.environment.local.EnvironmentProbe;
import dev.sluice.environment.service.RunsInContainer;
import dev.sluice.environment.service.ServicePlugins;
import dev.sluice.environment.shared.StageLibraryEntry;
import dev.sluice.sdk.system.StageLibrary;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The docker environment against real images (mvn verify -Pdocker, after docker/build.sh): the
 * consistency check's fail and warn paths with stage libraries labelled for another core, and the
 * reaping of containers left by a killed test JVM.
 */
class DockerEnvironmentIT {
    /** A core version no real build has (in the supported range): its images are made here from the real ones, relabelled. */
    private static final String SKEWED_CORE = "4.1.99-skew";

    private static final String STAGE = "debezium-postgres";
    private static DockerClient docker;
    private static List<String> madeImages;

    @BeforeAll
    static void makeSkewedImages() throws Exception {
        DockerApi.configure();
        docker = DockerClientFactory.instance().client();
        Settings real = Settings.fromJvm();
        String kafka = real.get(Settings.KAFKA_VERSION);
        // Each core line has its own version of the library (the version matrix): the image the suite built for the
        // real core is relabelled as the one the skewed core asks for. Guessing either version makes docker look
        // for the image on Docker Hub, which a machine without its images cannot reach.
        StageLibrary library = StageLibrary.byId(STAGE);
        String built = SluiceImages.stageImage(STAGE, StageLibraryEntry.versionOf(library, real), kafka);
        String asked =
                SluiceImages.stageImage(STAGE, StageLibraryEntry.versionOf(library, skewed("fail")), SKEWED_CORE);
        madeImages = List.of("sluice/kafka:" + SKEWED_CORE, "sluice/connect:" + SKEWED_CORE, asked);
        relabel("sluice/kafka:" + kafka, madeImages.get(0), Map.of(ConsistencyCheck.VERSION, SKEWED_CORE));
        relabel("sluice/connect:" + kafka, madeImages.get(1), Map.of(ConsistencyCheck.VERSION, SKEWED_CORE));
        // Still says it was built for the real core: version skew against the relabelled core.
        relabel(built, madeImages.get(2), Map.of());
    }

    @AfterAll
    static void removeSkewedImages() {
        madeImages.forEach(image -> docker.removeImageCmd(image).withForce(true).exec());
    }

    private static void relabel(String from, String to, Map<String, String> labels) throws Exception {
        StringBuilder dockerfile = new StringBuilder("FROM ").append(from).append('\n');
        labels.forEach((k, v) ->
                dockerfile.append("LABEL ").append(k).append("=\"").append(v).append("\"\n"));
        new ImageFromDockerfile(to, false)
                .withFileFromString("Dockerfile", dockerfile.toString())
                .get(5, TimeUnit.MINUTES);
    }

    private static Settings skewed(String consistency) {
        return new Settings(
                Map.of(
                        Settings.ENVIRONMENT,
                        "docker",
                        Settings.KAFKA_VERSION,
                        SKEWED_CORE,
                        Settings.STAGE_LIBRARIES,
                        STAGE,
                        "sluice.consistency",
                        consistency),
                Map.of(),
                Map.of());
    }

    @Test
    void versionSkewStopsTheStartAndNamesBothImages() {
        DockerEnvironment environment = new DockerEnvironment(skewed("fail"));

        assertThatThrownBy(environment::start)
                .hasMessageContaining("Version skew")
                .hasMessageContaining("sluice/stage-" + STAGE)
                .hasMessageContaining("the core sluice/connect:" + SKEWED_CORE + " is " + SKEWED_CORE)
                .hasMessageContaining("-Dsluice.consistency=warn");
        assertThat(containersOf(environment)).as("containers of a refused run").isZero();
    }

    @Test
    void withWarnTheEnvironmentStartsAnywayAndIsRemovedAfter() throws Exception {
        DockerEnvironment environment = new DockerEnvironment(skewed("warn"));
        try {
            environment.start();
            HttpResponse<String> plugins = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(environment.connectUrl().resolve("/connector-plugins"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(plugins.body()).contains("io.debezium.connector.postgresql.PostgresConnector");
        } finally {
            environment.close();
        }
        assertThat(containersOf(environment)).as("containers after close").isZero();
    }

    @Test
    void aKeptEnvironmentOutlivesCloseAndItsStopCommandRemovesIt() throws Exception {
        Settings keep = new Settings(Map.of(Settings.ENVIRONMENT, "docker", Settings.KEEP, "true"), Map.of(), Map.of());
        DockerEnvironment environment = new DockerEnvironment(keep);
        environment.start();
        String stop = environment.stopCommand().orElseThrow();
        try {
            environment.close();

            assertThat(containersOwnedBy("kept"))
                    .as("kept containers after close")
                    .isGreaterThanOrEqualTo(3);
            assertThat(DockerReaper.reap(docker))
                    .as("a kept environment is not reaped")
                    .isZero();
            assertThat(HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    environment.connectUrl().resolve("/health"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .isEqualTo(200);
        } finally {
            Process p = new ProcessBuilder("sh", "-c", stop)
                    .redirectErrorStream(true)
                    .start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(containersOwnedBy("kept"))
                .as("containers after the printed stop command")
                .isZero();
    }

    @Test
    void containersOfAKilledTestJvmAreRemovedByTheNextRun() throws Exception {
        Process probe = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dsluice.environment=docker",
                        "-cp",
                        System.getProperty("java.class.path"),
                        EnvironmentProbe.class.getName())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
            assertThat(CompletableFuture.supplyAsync(() -> out.lines().anyMatch("PROBE READY"::equals))
                            .get(5, TimeUnit.MINUTES))
                    .isTrue();
            CompletableFuture.runAsync(() -> out.lines().forEach(l -> {}));
            String owner = DockerReaper.owner().replaceAll(":\\d+$", ":" + probe.pid());
            // kafka, connect, and the service plug-ins (PostgreSQL eagerly, the others on the probe's demand)
            int started = 2 + ServicePlugins.with(RunsInContainer.class).size();
            assertThat(containersOwnedBy(owner)).as("containers of the probe").isEqualTo(started);

            probe.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(containersOwnedBy(owner))
                    .as("nothing in a killed JVM can remove its containers")
                    .isEqualTo(started);

            int removed = DockerReaper.reap(docker);

            assertThat(removed).as(started + " containers and a network").isGreaterThanOrEqualTo(started + 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> containersOwnedBy(owner) == 0);
        } finally {
            // Dead before the next test's reaper looks at its owner, or that reaper sees it half alive.
            probe.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int containersOf(DockerEnvironment environment) {
        return docker.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Map.of(DockerEnvironment.OWNER, DockerReaper.owner()))
                .exec()
                .size();
    }

    private static int containersOwnedBy(String owner) {
        return docker.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Map.of(DockerEnvironment.OWNER, owner))
                .exec()
                .size();
    }
}
