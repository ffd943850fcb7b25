package dev.sluice.environment;

import dev.sluice.environment.service.ReachedExternally;
import dev.sluice.environment.service.ServicePlugin;
import dev.sluice.environment.service.ServicePlugins;
import dev.sluice.environment.shared.ConsistencyMode;
import dev.sluice.environment.shared.FileTrees;
import dev.sluice.environment.shared.StageLibraryEntry;
import dev.sluice.sdk.Sha256;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code -Dsluice.reuse=true}: a warm environment for people writing features. The local or docker
 * environment is started once, kept running after the run, and recorded under a key: a digest of
 * everything that defines it (environment, versions, stage libraries and Sluice's own transforms,
 * security, workers). A later run with the same key attaches to it in about a second instead of
 * starting anything; another key starts another one. Attached, it is used as the {@code external}
 * environment uses running systems, so scenarios that kill or replace services skip themselves.
 * Records (addresses and generated passwords, readable by their owner only) and the commands that
 * stop them live in {@code ~/.sluice/reused/} ({@value #DIR_SETTING}); {@code main} stops them all.
 */
public final class ReusedEnvironments {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");
    /** Where records live: outside target/, so that {@code mvn clean} cannot lose track of a running environment. */
    public static final String DIR_SETTING = "sluice.reuse.dir";

    private static final Path DEFAULT_DIR = Path.of(System.getProperty("user.home"), ".sluice", "reused");

    /** The settings that make one environment differ from another; the rest (tags, shards, timeouts) do not. */
    private static final List<String> DEFINING = withPlugins(
            ServicePlugin::definingSettings,
            java.util.stream.Stream.concat(
                            Stream.of(
                                    Settings.ENVIRONMENT,
                                    Settings.KAFKA_VERSION,
                                    Settings.STAGE_LIBRARIES,
                                    Settings.SECURE,
                                    Settings.CONNECT_WORKERS,
                                    ConsistencyMode.SETTING),
                            VersionMatrix.versionSettings().stream())
                    .toList());

    private ReusedEnvironments() {}

    /**
     * The environment these settings define: attached when a reused one with their key answers;
     * otherwise started (all services, those started on demand included), kept, recorded, then
     * attached. Either way the returned environment has been started. {@code createOwn} makes the
     * environment the settings name (passed in, so that this class does not call back its caller).
     */
    static Environment attachOrStart(Settings settings, java.util.function.Function<Settings, Environment> createOwn) {
        String key = key(settings);
        Path dir = dir(settings);
        long begin = System.nanoTime();
        Path record = dir.resolve(key + ".properties");
        if (Files.exists(record)) {
            try {
                Environment attached = attach(settings, key, read(record), true);
                LOG.info(
                        "attached to the reused environment {} in {} s",
                        key,
                        String.format("%.2f", (System.nanoTime() - begin) / 1e9));
                return attached;
            } catch (ServiceStartException gone) {
                LOG.warn(
                        "The reused environment {} no longer answers ({}); stopping what is left of it and "
                                + "starting a new one",
                        key,
                        gone.getMessage());
                stop(dir, key);
            }
        }
        Environment started =
                createOwn.apply(settings.overriding(Map.of(Settings.KEEP, "true", Settings.REUSE, "false")));
        started.start();
        Map<String, String> external = HandOver.settingsFor(started);
        Map<String, Duration> startTimes = started.startTimes();
        try {
            FileTrees.writeOwnerOnly(record, asProperties(external));
            Files.writeString(dir.resolve(key + ".stop"), started.stopCommand().orElse("true") + "\n");
        } catch (IOException e) {
            started.close();
            throw new UncheckedIOException("Could not record the reused environment in " + dir, e);
        }
        started.close(); // kept: prints where everything runs and how to stop it
        LOG.info("environment {} kept for reuse; stop every reused environment with: {}", key, STOP_COMMAND);
        ExternalEnvironment attached = attach(settings, key, external, false);
        attached.startTimes().putAll(startTimes);
        return attached;
    }

    /** How to stop every reused environment (src/site/markdown/environments.md says the same). */
    public static final String STOP_COMMAND =
            "mvn -q compile exec:java -Dexec.mainClass=dev.sluice.environment.ReusedEnvironments";

    /**
     * Sluice's own environment, recorded by Sluice: that each service still listens is enough (the
     * external environment's full checks, a Kafka admin client and an S3 client among them, take
     * seconds in a fresh JVM).
     */
    private static ExternalEnvironment attach(
            Settings settings, String key, Map<String, String> external, boolean reused) {
        long begin = System.nanoTime();
        for (String setting : LISTENING) {
            String value = external.get(setting);
            if (value != null && !listens(value)) {
                throw new ServiceStartException(
                        "reused environment " + key, setting + " (" + value + ") does not answer", null, null, null);
            }
        }
        ExternalEnvironment attached = new ExternalEnvironment(
                settings.overriding(external), settings.get(Settings.ENVIRONMENT) + " (reused " + key + ")", reused);
        attached.startTimes().put("attach", Duration.ofNanos(System.nanoTime() - begin));
        return attached;
    }

    private static final List<String> LISTENING = withPlugins(
            p -> p instanceof ReachedExternally external ? external.addressSettings() : List.of(),
            List.of(ExternalEnvironment.CONNECT_URL, ExternalEnvironment.KAFKA_BOOTSTRAP));

    /** These settings and those each service plug-in adds. */
    private static List<String> withPlugins(
            java.util.function.Function<ServicePlugin, List<String>> added, List<String> settings) {
        List<String> all = new java.util.ArrayList<>(settings);
        ServicePlugins.all().forEach(p -> all.addAll(added.apply(p)));
        return List.copyOf(all);
    }

    private static final Pattern HOST_PORT = Pattern.compile("([A-Za-z0-9.-]+):(\\d{2,5})");

    /** Whether the first host:port in the value accepts a connection. */
    static boolean listens(String value) {
        Matcher m = HOST_PORT.matcher(value.replaceFirst("^[a-z:]*//", ""));
        if (!m.find()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(m.group(1), Integer.parseInt(m.group(2))), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops every reused environment recorded where the settings ({@value #DIR_SETTING}) say, and forgets it. */
    public static void main(String[] args) throws IOException {
        stopAll(Settings.fromJvm());
    }

    /** Stops every reused environment and forgets it; returns their keys. */
    public static List<String> stopAll(Settings settings) throws IOException {
        Path dir = dir(settings);
        if (!Files.isDirectory(dir)) {
            System.out.println("No reused environment is recorded in " + dir);
            return List.of();
        }
        List<String> keys;
        try (Stream<Path> stops = Files.list(dir)) {
            keys = stops.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".stop"))
                    .map(n -> n.substring(0, n.length() - ".stop".length()))
                    .toList();
        }
        for (String key : keys) {
            System.out.println("stopping the reused environment " + key);
            stop(dir, key);
        }
        return keys;
    }

    static Path dir(Settings settings) {
        return settings.find(DIR_SETTING).map(Path::of).orElse(DEFAULT_DIR);
    }

    /** Runs the recorded stop command of one reused environment and removes its record. */
    private static void stop(Path dir, String key) {
        Path stop = dir.resolve(key + ".stop");
        try {
            if (Files.exists(stop)) {
                Process p = new ProcessBuilder("sh", "-c", Files.readString(stop))
                        .inheritIO()
                        .start();
                p.waitFor();
            }
            Files.deleteIfExists(stop);
            Files.deleteIfExists(dir.resolve(key + ".properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the reused environment " + key, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A digest of everything that defines the environment these settings start. */
    public static String key(Settings settings) {
        Map<String, String> defining = new TreeMap<>();
        DEFINING.forEach(k -> defining.put(k, settings.find(k).orElse("")));
        settings.withPrefix("sluice.stage-library.").forEach((k, v) -> defining.put("sluice.stage-library." + k, v));
        Sha256 digest = Sha256.digest();
        defining.forEach((k, v) -> digest.addLine(k + "=" + v));
        for (StageLibraryEntry entry : StageLibraryEntry.all(settings, Path.of(""))) {
            digest.addLine(entry.entry() + " " + entry.version());
            if (entry instanceof StageLibraryEntry.Known known) {
                // Sluice's own transforms come from this checkout's classes: changed classes, another environment.
                known.library().ownClasses().forEach(digest::addClass);
            }
        }
        return digest.hex(12);
    }

    private static String asProperties(Map<String, String> values) throws IOException {
        Properties p = new Properties();
        p.putAll(values);
        java.io.StringWriter out = new java.io.StringWriter();
        p.store(out, "a reused Sluice environment: its external settings (owner-only: they hold passwords)");
        return out.toString();
    }

    private static Map<String, String> read(Path record) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(record)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the reused environment's record " + record, e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        p.forEach((k, v) -> values.put(String.valueOf(k), String.valueOf(v)));
        return values;
    }
}
