package dev.sluice.environment.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A Java program started as a child process: its output goes to a log file, it dies with its
 * parent (see {@link ParentWatchdog}) and its pid is recorded in the run directory so that a later
 * run can reap it if even that failed.
 */
public final class ChildJvm {
    private final String name;
    private final List<Path> classpath;
    private final String mainClass;
    private final List<String> args;
    private final List<String> jvmOptions;
    private final Map<String, String> environment;
    private final Path logFile;
    private final RunDirectory run;
    private Process process;
    private boolean sharesClassData;
    private ClassDataArchives.Use classData;

    public ChildJvm(
            String name,
            List<Path> classpath,
            String mainClass,
            List<String> args,
            List<String> jvmOptions,
            Map<String, String> environment,
            RunDirectory run) {
        this.name = name;
        this.classpath = List.copyOf(classpath);
        this.mainClass = mainClass;
        this.args = List.copyOf(args);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.environment = Map.copyOf(environment);
        this.run = run;
        this.logFile = run.logFile(name);
    }

    /**
     * Uses a class-data sharing archive for JVMs of this kind, recorded by the first one (see {@link
     * ClassDataArchives}): for class paths that stay the same from run to run, like a core's jars.
     */
    public ChildJvm sharingClassData() {
        sharesClassData = true;
        return this;
    }

    public synchronized ChildJvm start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Temporary files go into the run, which is deleted with it: Vert.x's cache (the registry) and zonky's
        // distribution probe (PostgreSQL) were left in /tmp by every run. A launch's own option comes after it and
        // wins.
        command.add("-Djava.io.tmpdir=" + run.dir("tmp/" + name));
        command.addAll(jvmOptions);
        String entryJar = watchdogJar();
        if (sharesClassData) {
            List<Path> effective = new ArrayList<>(List.of(Path.of(entryJar)));
            effective.addAll(classpath);
            classData = ClassDataArchives.forJvm(effective, mainClass, jvmOptions);
            command.addAll(classData.options());
        }
        // Marks the process as ours, so the reaper never touches anything else.
        command.add("-Dsluice.run=" + run.id());
        if (run.isKept()) {
            command.add("-Dsluice.keep=true");
        }
        // The class path goes into an argument file: process listings stay readable and show the main class.
        Path argFile = run.root().resolve(name + ".classpath");
        LocalFiles.writeString(
                argFile,
                "-cp \"" + entryJar + java.io.File.pathSeparator
                        + classpath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator))
                        + "\"\n");
        command.add("@" + argFile);
        command.add(ParentWatchdog.class.getName());
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + " (" + mainClass + ")", e);
        }
        run.recordPid(name, process.pid());
        return this;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String describeExit() {
        if (process == null) {
            return "was never started";
        }
        if (process.isAlive()) {
            return "is running (pid " + process.pid() + ")";
        }
        int code = process.exitValue();
        return "exited with code " + code + (code == 137 ? " (killed, possibly for memory)" : "");
    }

    /** Waits for the process to end on its own, e.g. a one-shot tool. */
    public int waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(Duration.ZERO);
                throw new IllegalStateException(name + " did not finish within " + timeout);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(Duration.ZERO);
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    /** Asks the process to stop, and kills it (and anything it started) when the grace period ends. */
    public synchronized void stop(Duration grace) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        boolean exitedInGrace = false;
        try {
            exitedInGrace = process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            if (!exitedInGrace) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        run.forgetPid(name);
        process = null;
        if (classData != null) {
            classData.publish(exitedInGrace);
        }
    }

    /** SIGKILL: no shutdown hook runs, as when a machine or container dies. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            run.forgetPid(name);
            process = null;
        }
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public String name() {
        return name;
    }

    public List<String> logTail(int lines) {
        return tail(logFile, lines);
    }

    public static List<String> tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException | UncheckedIOException e) {
            return List.of("(could not read " + file + ": " + e.getMessage() + ")");
        }
    }

    /**
     * A jar holding only {@link ParentWatchdog} and {@link KafkaFormatThenServe} (they need nothing but the
     * JDK), written once while they stay the same (see {@link ClassDataArchives#stableJar}):
     * Sluice's whole class directory on a worker's class path would hide a stage library that lacks
     * one of Sluice's own classes.
     */
    private static synchronized String watchdogJar() {
        return ClassDataArchives.stableJar(
                        List.of(ParentWatchdog.class.getName(), KafkaFormatThenServe.class.getName()))
                .toString();
    }

    /** This JVM's class path: what a child runs with when its main class is one of Sluice's own. */
    static List<Path> thisJvmClasspath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(Path::of)
                .toList();
    }
}
