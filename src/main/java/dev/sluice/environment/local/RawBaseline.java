package dev.sluice.environment.local;

import dev.sluice.environment.CoreVersion;
import dev.sluice.environment.shared.BrokerConfig;
import dev.sluice.environment.shared.FreePorts;
import dev.sluice.environment.shared.WorkerConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Times the hand-written baseline ({@code ci/raw-environment.sh}): the same PostgreSQL binaries, Kafka
 * and Connect jars, JVM options and configurations as the local environment's, started by a plain
 * shell script on fresh ports, so that the environment's start can be compared with it in one sitting.
 */
public final class RawBaseline {
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    /** What the script starts from: this run's resolved jars and binaries. */
    record Inputs(CoreVersion core, List<Path> kafkaClasspath, EngineBuild engine, Path log4j) {}

    private final Inputs inputs;

    RawBaseline(Inputs inputs) {
        this.inputs = inputs;
    }

    /**
     * Runs the script once and returns how long it took until all three services answered; {@code services}
     * are the environment variables that say where the services' own binaries are (e.g. {@code POSTGRES_BIN}).
     */
    public Duration timeOnce(Path script, Map<String, String> services) {
        Path work = null;
        Process process = null;
        try {
            work = Files.createTempDirectory("sluice-raw-baseline-");
            ProcessBuilder builder = new ProcessBuilder(
                            "bash", script.toAbsolutePath().toString())
                    .redirectError(work.getParent()
                            .resolve(work.getFileName() + ".stderr")
                            .toFile());
            builder.environment().putAll(environment(work));
            builder.environment().putAll(services);
            process = builder.start();
            String last = "";
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    last = line;
                    if (line.startsWith("READY ")) {
                        break;
                    }
                }
            }
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(script + " did not end well (" + describe(process) + "); last line: '"
                        + last + "'; its errors: " + stderr(work));
            }
            return Duration.ofMillis(
                    Long.parseLong(last.substring("READY ".length()).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + script + " ran", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            if (work != null) {
                RunDirectory.deleteTree(work);
                RunDirectory.deleteTree(work.getParent().resolve(work.getFileName() + ".stderr"));
            }
        }
    }

    private Map<String, String> environment(Path work) throws IOException {
        int kafkaPort = FreePorts.next();
        int controllerPort = FreePorts.next();
        int connectPort = FreePorts.next();
        Properties broker = KafkaBroker.properties(
                inputs.core(), kafkaPort, controllerPort, work.resolve("kafka-data"), LocalSecurity.NONE);
        Properties worker = new Properties();
        worker.putAll(WorkerConfig.properties(
                "127.0.0.1:" + kafkaPort,
                "raw-baseline",
                "http://127.0.0.1:" + connectPort,
                "127.0.0.1",
                inputs.engine().pluginPath().stream().map(Path::toString).collect(Collectors.joining(","))));
        Path brokerFile = work.resolve("server.properties");
        Path workerFile = work.resolve("worker.properties");
        LocalFiles.writeProperties(brokerFile, broker, "the raw baseline's broker");
        LocalFiles.writeProperties(workerFile, worker, "the raw baseline's worker");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("KAFKA_CLASSPATH", classpath(inputs.kafkaClasspath()));
        env.put("CONNECT_CLASSPATH", classpath(inputs.engine().core().classpath()));
        env.put(
                "KAFKA_JVM_OPTIONS",
                String.join(" ", BrokerConfig.jvmOptions(inputs.log4j().toString())));
        env.put(
                "CONNECT_JVM_OPTIONS",
                String.join(" ", WorkerConfig.jvmOptions(inputs.log4j().toString())));
        env.put("BROKER_PROPERTIES", brokerFile.toString());
        env.put("WORKER_PROPERTIES", workerFile.toString());
        env.put("FORMAT_OPTIONS", String.join(" ", BrokerConfig.formatOptions(inputs.core())));
        env.put("KAFKA_PORT", Integer.toString(kafkaPort));
        env.put("CONNECT_PORT", Integer.toString(connectPort));
        env.put("CONNECT_READY_PATH", WorkerConfig.readinessPath(inputs.core()));
        env.put("WORK", work.toString());
        return env;
    }

    private static String classpath(List<Path> jars) {
        return jars.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static String describe(Process process) {
        return process.isAlive() ? "still running after " + PATIENCE.toSeconds() + " s" : "exit " + process.exitValue();
    }

    private static String stderr(Path work) {
        try {
            return Files.readString(work.getParent().resolve(work.getFileName() + ".stderr"));
        } catch (IOException e) {
            return "(none: " + e.getMessage() + ")";
        }
    }
}
