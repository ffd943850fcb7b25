package dev.sluice.environment.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose JVM died without cleaning up is reaped by the next run: its processes, and only its. */
class RunDirectoryReaperTest {
    @TempDir
    Path work;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void killsTheProcessesOfADeadRunAndDeletesItsData() throws Exception {
        Path run = Files.createDirectories(work.resolve("runs/rdead01/pids"));
        Files.writeString(work.resolve("runs/rdead01/owner"), Long.toString(deadPid()));
        Process ours = sleeper("-Dsluice.run=rdead01");
        Process notOurs = sleeper("-Dsluice.run=rsomeoneelse");
        Files.writeString(run.resolve("connect"), Long.toString(ours.pid()));
        Files.writeString(run.resolve("kafka"), Long.toString(notOurs.pid()));

        int killed = RunDirectory.reapOrphans(work);

        assertThat(killed).isEqualTo(1);
        await("the left-over process to end").atMost(Duration.ofSeconds(10)).until(() -> !ours.isAlive());
        assertThat(notOurs.isAlive())
                .as("a process whose command line does not name the run is left alone")
                .isTrue();
        assertThat(work.resolve("runs/rdead01")).doesNotExist();
    }

    @Test
    void leavesTheRunsOfLiveJvmsAlone() throws Exception {
        RunDirectory live = RunDirectory.create(work);
        Process ours = sleeper("-Dsluice.run=" + live.id());
        Files.writeString(live.root().resolve("pids/kafka"), Long.toString(ours.pid()));

        assertThat(RunDirectory.reapOrphans(work)).isZero();
        assertThat(ours.isAlive()).isTrue();
        assertThat(live.root()).exists();
    }

    private Process sleeper(String marker) throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        marker,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Sleeper.class.getName())
                .start();
        started.add(p);
        return p;
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
