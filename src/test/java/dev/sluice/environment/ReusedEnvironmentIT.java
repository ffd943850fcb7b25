package dev.sluice.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code sluice.reuse=true} across runs, each run a JVM of its own that exits: the first starts and
 * keeps a real local environment, the second attaches to it, a third with another definition
 * starts another; stopping them leaves nothing running and no record.
 */
class ReusedEnvironmentIT {
    private static final Pattern PROBE = Pattern.compile("PROBE reused=(\\w+) connect=(\\S+) attach=(\\d+)");

    private final Path dir = Path.of("target", "reuse-it", "records").toAbsolutePath();
    private final Path work = Path.of("target", "reuse-it", "work").toAbsolutePath();

    record Run(boolean reused, URI connect, long attachMillis) {}

    @AfterEach
    void stopEverything() throws IOException {
        ReusedEnvironments.stopAll(settings(Map.of()));
    }

    @Test
    void aSecondRunAttachesToTheFirstRunsEnvironmentAndAnotherDefinitionStartsAnother() throws Exception {
        Run first = run(Map.of());
        assertThat(first.reused()).as("the first run starts the environment").isFalse();
        assertThat(answers(first.connect()))
                .as("the engine after the first run's JVM exited")
                .isTrue();
        List<Path> records = records();
        assertThat(records).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(records.get(0))))
                .as("the record holds passwords")
                .isEqualTo("rw-------");

        Run second = run(Map.of());
        assertThat(second.reused()).isTrue();
        assertThat(second.connect()).isEqualTo(first.connect());
        System.out.println("[sluice] attached to the reused environment in " + second.attachMillis() + " ms");

        Run other = run(Map.of(Settings.CONNECT_WORKERS, "2"));
        assertThat(other.reused())
                .as("another definition is another environment")
                .isFalse();
        assertThat(other.connect()).isNotEqualTo(first.connect());
        assertThat(records()).hasSize(2);

        assertThat(ReusedEnvironments.stopAll(settings(Map.of()))).hasSize(2);
        assertThat(answers(first.connect())).isFalse();
        assertThat(answers(other.connect())).isFalse();
        assertThat(records()).isEmpty();
    }

    private Settings settings(Map<String, String> extra) {
        Map<String, String> values = new java.util.HashMap<>(
                Map.of(ReusedEnvironments.DIR_SETTING, dir.toString(), Settings.WORK_DIR, work.toString()));
        values.putAll(extra);
        return new Settings(values, Map.of(), Settings.suiteProperties());
    }

    private Run run(Map<String, String> extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + Settings.REUSE + "=true",
                "-D" + ReusedEnvironments.DIR_SETTING + "=" + dir,
                "-D" + Settings.WORK_DIR + "=" + work));
        extra.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReuseProbe.class.getName()));
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor())
                .as("the run's exit status; its output:\n" + out)
                .isZero();
        Matcher m = PROBE.matcher(out);
        assertThat(m.find()).as("the run's output:\n" + out).isTrue();
        return new Run(Boolean.parseBoolean(m.group(1)), URI.create(m.group(2)), Long.parseLong(m.group(3)));
    }

    private List<Path> records() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".properties")).toList();
        }
    }

    private static boolean answers(URI connect) throws Exception {
        try {
            return HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(connect.resolve("/connectors"))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (ConnectException refused) {
            return false;
        }
    }
}
