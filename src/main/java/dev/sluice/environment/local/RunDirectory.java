package dev.sluice.environment.local;

import dev.sluice.environment.shared.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of one run under the work directory: {@code runs/<id>/} holds data and the pids of the
 * run's processes (removed when the run ends), {@code logs/} holds the services' logs of the latest
 * run (kept, for reading after a failure).
 */
public final class RunDirectory {
    private final String id;
    private final Path workDir;
    private final Path root;
    /** Services whose log this run has started: a restarted service (a kill, an upgrade) appends to it. */
    private final java.util.Set<String> logsStarted = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private RunDirectory(Path workDir, String id) {
        this.workDir = workDir.toAbsolutePath().normalize();
        this.id = id;
        this.root = this.workDir.resolve("runs").resolve(id);
    }

    /** Creates a fresh run directory, owned by this JVM. */
    public static RunDirectory create(Path workDir) {
        byte[] random = new byte[3];
        new SecureRandom().nextBytes(random);
        RunDirectory run = new RunDirectory(workDir, "r" + HexFormat.of().formatHex(random));
        try {
            Files.createDirectories(run.root.resolve("pids"));
            Files.createDirectories(run.logsDir());
            Files.writeString(
                    run.root.resolve("owner"),
                    Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the run directory " + run.root, e);
        }
        return run;
    }

    public String id() {
        return id;
    }

    /** Marks the run as kept: its processes outlive this JVM, and no later run reaps them while they live. */
    public void keep() {
        write(root.resolve("kept"), "kept on purpose (sluice.keep=true)");
    }

    public boolean isKept() {
        return Files.exists(root.resolve("kept"));
    }

    public Path root() {
        return root;
    }

    public Path dir(String name) {
        Path dir = root.resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    public Path logsDir() {
        return workDir.resolve("logs");
    }

    /** The service's log file, emptied for this run; kept across the service's restarts within it. */
    public Path logFile(String service) {
        Path file = logsDir().resolve(service + ".log");
        try {
            Files.createDirectories(file.getParent());
            if (logsStarted.add(service)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    void recordPid(String service, long pid) {
        write(root.resolve("pids").resolve(service), Long.toString(pid));
    }

    void forgetPid(String service) {
        try {
            Files.deleteIfExists(root.resolve("pids").resolve(service));
        } catch (IOException ignored) {
            // the reaper of a later run handles what remains
        }
    }

    /** Removes the run's data (not the logs). */
    public void delete() {
        deleteTree(root);
    }

    /**
     * Kills what earlier runs in this work directory left behind when their JVM died without
     * cleaning up, and deletes their data. Returns how many processes were killed.
     */
    public static int reapOrphans(Path workDir) {
        Path runs = workDir.toAbsolutePath().normalize().resolve("runs");
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        int killed = 0;
        try (Stream<Path> dirs = Files.list(runs)) {
            for (Path dir : dirs.toList()) {
                if (ownerAlive(dir)) {
                    continue;
                }
                if (Files.exists(dir.resolve("kept"))) {
                    // Kept on purpose: only its data goes, once the user has stopped its processes.
                    if (recordedPids(dir).stream().noneMatch(p -> ProcessHandle.of(p)
                            .map(ProcessHandle::isAlive)
                            .orElse(false))) {
                        deleteTree(dir);
                    }
                    continue;
                }
                String runId = dir.getFileName().toString();
                for (long pid : recordedPids(dir)) {
                    killed += killIfOurs(pid, runId, dir) ? 1 : 0;
                }
                deleteTree(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not scan " + runs + " for left-over processes", e);
        }
        return killed;
    }

    private static boolean ownerAlive(Path dir) {
        return readLong(dir.resolve("owner"))
                .flatMap(ProcessHandle::of)
                .map(ProcessHandle::isAlive)
                .orElse(false);
    }

    private static List<Long> recordedPids(Path dir) throws IOException {
        List<Long> pids = new java.util.ArrayList<>();
        Path pidDir = dir.resolve("pids");
        if (Files.isDirectory(pidDir)) {
            try (Stream<Path> files = Files.list(pidDir)) {
                files.forEach(f -> readLong(f).ifPresent(pids::add));
            }
        }
        // PostgreSQL's postmaster is a native process started by a child JVM: find it by its pid file.
        try (Stream<Path> files =
                Files.find(dir, 4, (p, a) -> p.getFileName().toString().equals("postmaster.pid"))) {
            files.forEach(f -> readLong(f).ifPresent(pids::add));
        }
        return pids;
    }

    /** Only a process whose command line names this run (JVM flag or data directory) is ours. */
    private static boolean killIfOurs(long pid, String runId, Path dir) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        String commandLine = handle.get().info().commandLine().orElse("");
        if (!commandLine.contains("-Dsluice.run=" + runId) && !commandLine.contains(dir.toString())) {
            return false;
        }
        handle.get().descendants().forEach(ProcessHandle::destroyForcibly);
        handle.get().destroyForcibly();
        return true;
    }

    private static Optional<Long> readLong(Path file) {
        try {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .findFirst()
                    .orElse("")
                    .trim();
            return first.matches("\\d+") ? Optional.of(Long.parseLong(first)) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        FileTrees.delete(dir);
    }
}
