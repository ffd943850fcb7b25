package dev.sluice.environment.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing of a run survives its JVM: a real local environment is started in a separate JVM, which
 * is then killed the hard way (SIGKILL, no shutdown hooks) or the polite way (SIGTERM, as Ctrl-C).
 */
class LocalEnvironmentLeakIT {
    private static final Duration START_PATIENCE = Duration.ofMinutes(5);
    /** Each child notices its parent's death at once; its own shutdown takes a few seconds. */
    private static final Duration EXIT_PATIENCE = Duration.ofSeconds(45);

    private final Path work = Path.of("target", "leak-it");
    private Process probe;
    private List<ProcessHandle> services = List.of();

    @AfterEach
    void cleanUp() {
        if (probe != null) {
            probe.destroyForcibly();
        }
        services.forEach(ProcessHandle::destroyForcibly);
        RunDirectory.reapOrphans(work);
    }

    @Test
    void servicesExitWhenTheTestJvmIsKilled() throws Exception {
        startProbe();

        probe.destroyForcibly();

        awaitAllGone("after SIGKILL of the parent JVM");
        assertThat(Files.list(work.resolve("runs")).count())
                .as("the killed run's directory, left for the reaper")
                .isEqualTo(1);
        RunDirectory.reapOrphans(work);
        assertThat(Files.list(work.resolve("runs")).count())
                .as("run directories after the next run's reaper")
                .isZero();
    }

    @Test
    void servicesStopAndDataIsRemovedOnInterrupt() throws Exception {
        startProbe();

        probe.destroy();

        assertThat(probe.waitFor(EXIT_PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        awaitAllGone("after SIGTERM of the parent JVM");
        assertThat(Files.list(work.resolve("runs")).count())
                .as("run directories after a clean shutdown")
                .isZero();
    }

    private void startProbe() throws Exception {
        probe = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dsluice.work.dir=" + work,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EnvironmentProbe.class.getName())
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
        // What the probe said, for the failure: a probe that ends before it is ready says why.
        List<String> said = new CopyOnWriteArrayList<>();
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(
                () -> out.lines().peek(said::add).anyMatch(EnvironmentProbe.READY::equals));
        assertThat(ready.get(START_PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .as(() -> "the probe's environment started; its last words:\n"
                        + String.join("\n", said.subList(Math.max(0, said.size() - 40), said.size())))
                .isTrue();
        CompletableFuture.runAsync(() -> out.lines().forEach(l -> {})); // keep draining so the probe never blocks
        List<ProcessHandle> all = new java.util.ArrayList<>(probe.descendants().toList());
        // pg_ctl daemonizes the postmaster, so it is no descendant: find it by its pid file.
        all.add(postmaster());
        services = List.copyOf(all);
        assertThat(services.stream().map(this::describe).collect(Collectors.joining("\n")))
                .contains("kafka.Kafka")
                .contains("ConnectDistributed")
                .contains("PostgresMain")
                .contains("bin/postgres")
                .contains("org.gaul.s3proxy.Main")
                .contains("MariaDbMain")
                .contains("bin/mariadbd")
                .contains("io.quarkus.runner.GeneratedMain"); // the schema registry, a service plug-in
    }

    private ProcessHandle postmaster() throws Exception {
        try (var files = Files.find(
                work.resolve("runs"), 5, (p, a) -> p.getFileName().toString().equals("postmaster.pid"))) {
            Path pidFile = files.findFirst()
                    .orElseThrow(() -> new AssertionError("no postmaster.pid under " + work.resolve("runs")));
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid)
                    .orElseThrow(() -> new AssertionError("the postmaster " + pid + " is not running"));
        }
    }

    private void awaitAllGone(String when) {
        await("every service process to exit " + when)
                .atMost(EXIT_PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(services.stream()
                                .filter(ProcessHandle::isAlive)
                                .map(this::describe)
                                .toList())
                        .as("service processes still alive " + when)
                        .isEmpty());
    }

    private String describe(ProcessHandle p) {
        return p.pid() + " " + p.info().commandLine().orElse("?");
    }
}
