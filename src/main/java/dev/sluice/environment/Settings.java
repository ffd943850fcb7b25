package dev.sluice.environment;

import dev.sluice.sdk.Redactor;
import dev.sluice.sdk.system.StageLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Sluice's settings, looked up in a documented order: system property ({@code -Dsluice.kafka.version=..}),
 * then environment variable ({@code SLUICE_KAFKA_VERSION}), then {@code cucumber.properties} on the
 * class path, then the built-in default (for stage-library versions, the one that goes with the chosen
 * core: {@link VersionMatrix}). The sources are passed in, so the order is testable.
 */
public final class Settings {
    public static final String ENVIRONMENT = "sluice.environment";
    public static final String KAFKA_VERSION = "sluice.kafka.version";
    /**
     * The core {@code @upgrade} scenarios start on, when {@value #KAFKA_VERSION} is given as
     * {@code A>B} (as the StreamSets Test Framework's {@code --sdc-version 'A>B'}): A here, and B is
     * the run's core. Not a setting of its own.
     */
    public static final String UPGRADE_FROM = "sluice.kafka.version.upgrade-from";

    public static final String DEBEZIUM_VERSION = "sluice.debezium.version";
    public static final String ICEBERG_VERSION = "sluice.iceberg.version";
    /** What version skew between the core and a stage library does: fail (default) or warn; fail also refuses a core newer than the matrix. */
    public static final String CONSISTENCY = "sluice.consistency";

    public static final String STAGE_LIBRARIES = "sluice.stage-libraries";
    /**
     * {@code sluice.connector.source.<key>} / {@code sluice.connector.sink.<key>}: a setting every source or sink
     * connector Sluice compiles gets, over its own (what an A/B comparison of a connector setting changes).
     */
    public static final String CONNECTOR_SETTINGS = "sluice.connector.";

    public static final String WORK_DIR = "sluice.work.dir";
    /** Where each run's outcomes are kept for the living documentation's history (CI keeps it between runs). */
    public static final String HISTORY_DIR = "sluice.history.dir";
    /** Leave the environment running after the run, and print how to reach and stop it. */
    public static final String KEEP = "sluice.keep";
    /**
     * Keep the local or docker environment running after the run, under a key of everything that
     * defines it, and attach to it on the next run with the same key ({@link ReusedEnvironments}).
     */
    public static final String REUSE = "sluice.reuse";
    /** The local environment starts secured: SASL/SCRAM on the broker, basic authentication on the engine's REST API. */
    public static final String SECURE = "sluice.secure";

    /** How many Kafka Connect workers form the engine's group. */
    public static final String CONNECT_WORKERS = "sluice.connect.workers";

    /** The scenarios that run on an engine of their own (a Cucumber tag expression); see {@link PrivateEngines}. */
    public static final String OWN_ENGINE = "sluice.own-engine";

    /**
     * The scenarios that run on the one engine the run sets apart (a Cucumber tag expression): those whose sinks must
     * not share a worker with other systems' sinks; see {@link dev.sluice.sdk.system.SinkNeedsEngineApart}.
     */
    public static final String ENGINE_APART = "sluice.engine-apart";

    /** How many rows the benchmark's throughput scenarios move; CI runs them with a small number. */
    public static final String BENCHMARK_ROWS = "sluice.benchmark.rows";

    /** Scenarios run at once: a number, or {@code auto} (the machine's cores + 1). */
    public static final String PARALLELISM = "sluice.parallelism";

    public static final String SERVICE_START_TIMEOUT = "sluice.service.start-timeout";
    public static final String PIPELINE_START_TIMEOUT = "sluice.pipeline.start-timeout";

    static final String SUITE_PROPERTIES = "cucumber.properties";

    /** Built-in defaults; {@code cucumber.properties} normally repeats them so users see them in one place. */
    public static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry(ENVIRONMENT, "local"),
            Map.entry(KAFKA_VERSION, CoreVersion.NEWEST_PASSED),
            Map.entry(WORK_DIR, "target/sluice"),
            Map.entry(HISTORY_DIR, "target/sluice-history"),
            Map.entry(CONNECT_WORKERS, "1"),
            Map.entry(OWN_ENGINE, "@faults or @upgrade"),
            Map.entry(ENGINE_APART, "@engine-apart"),
            Map.entry(BENCHMARK_ROWS, "100000"),
            Map.entry(PARALLELISM, "auto"),
            Map.entry(SERVICE_START_TIMEOUT, "PT3M"),
            Map.entry(PIPELINE_START_TIMEOUT, "PT90S"));

    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;
    private final Map<String, String> file;

    public Settings(Map<String, String> systemProperties, Map<String, String> environment, Map<String, String> file) {
        this.systemProperties = Map.copyOf(systemProperties);
        this.environment = Map.copyOf(environment);
        this.file = Map.copyOf(file);
    }

    /** Settings of this JVM: its system properties, its environment and {@code cucumber.properties}. */
    public static Settings fromJvm() {
        Map<String, String> sys = new HashMap<>();
        System.getProperties().forEach((k, v) -> sys.put(String.valueOf(k), String.valueOf(v)));
        sys.putAll(SecretSystemProperties.held());
        return new Settings(sys, System.getenv(), suiteProperties());
    }

    /**
     * The suite's {@code cucumber.properties}: on the class path (where Cucumber looks), else in the
     * project's root directory, where a team's project keeps it beside {@code features/} with no
     * build configuration.
     */
    public static Map<String, String> suiteProperties() {
        Map<String, String> onClassPath = classpathProperties(SUITE_PROPERTIES);
        Path inProject = Path.of(SUITE_PROPERTIES);
        if (!onClassPath.isEmpty() || !Files.isRegularFile(inProject)) {
            return onClassPath;
        }
        try (InputStream in = Files.newInputStream(inProject)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + inProject.toAbsolutePath(), e);
        }
    }

    public static Map<String, String> classpathProperties(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? new HashMap<>() : load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource + " from the class path", e);
        }
    }

    private static Map<String, String> load(InputStream in) throws IOException {
        Map<String, String> map = new HashMap<>();
        Properties p = new Properties();
        p.load(in);
        p.forEach((k, v) -> map.put(String.valueOf(k), String.valueOf(v).trim()));
        return map;
    }

    public Optional<String> find(String key) {
        if (key.equals(KAFKA_VERSION) || key.equals(UPGRADE_FROM)) {
            // "A>B": the run's core is B; A is where upgrade scenarios start.
            return layered(KAFKA_VERSION).flatMap(v -> {
                String[] fromTo = v.split(">", 2);
                String part =
                        key.equals(KAFKA_VERSION) ? fromTo[fromTo.length - 1] : fromTo.length == 2 ? fromTo[0] : "";
                return Optional.of(part.trim()).filter(p -> !p.isEmpty());
            });
        }
        return layered(key);
    }

    /** These settings with some given on top of everything else, e.g. another core for one scenario. */
    public Settings overriding(Map<String, String> values) {
        Map<String, String> sys = new HashMap<>(systemProperties);
        sys.putAll(values);
        return new Settings(sys, environment, file);
    }

    /** A value the user gave (a system property, an environment variable or the settings file), not a default. */
    public Optional<String> given(String key) {
        String value = systemProperties.get(key);
        if (value == null) {
            value = environment.get(environmentVariable(key));
        }
        if (value == null) {
            value = file.get(key);
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    private Optional<String> layered(String key) {
        String value = given(key).orElse(null);
        if (value == null && !key.equals(KAFKA_VERSION)) {
            value = find(KAFKA_VERSION)
                    .flatMap(core -> VersionMatrix.defaultFor(key, core))
                    .orElse(null);
        }
        if (value == null) {
            value = DEFAULTS.get(key);
        }
        if (value == null && key.equals(STAGE_LIBRARIES)) {
            // Every system's stage libraries: the systems, not this class, say which they are.
            value = String.join(",", StageLibrary.ids());
        }
        Optional<String> found = Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
        found.ifPresent(v -> registerIfSecret(key, v));
        return found;
    }

    /**
     * Every setting under a prefix, keyed by the rest of its name, layered like {@link #find}: e.g.
     * {@code sluice.kafka.client.} gives {@code security.protocol}. An environment variable
     * {@code SLUICE_KAFKA_CLIENT_SASL_MECHANISM} stands for {@code sasl.mechanism}.
     */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new java.util.TreeMap<>();
        String variablePrefix = environmentVariable(prefix);
        java.util.List.of(file, environment, systemProperties)
                .forEach(layer -> layer.forEach((key, value) -> {
                    if (layer == environment
                            && key.startsWith(variablePrefix)
                            && key.length() > variablePrefix.length()) {
                        found.put(
                                key.substring(variablePrefix.length())
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', '.'),
                                value);
                    } else if (layer != environment && key.startsWith(prefix) && key.length() > prefix.length()) {
                        found.put(key.substring(prefix.length()), value);
                    }
                }));
        found.replaceAll((key, value) -> value.trim());
        found.values().removeIf(String::isEmpty);
        found.forEach(Settings::registerIfSecret);
        return found;
    }

    /** However it was given, a secret setting's value is hidden from every log and report from now on. */
    private static void registerIfSecret(String key, String value) {
        if (Redactor.isSecretKey(key)) {
            Redactor.register(value);
        }
    }

    public String get(String key) {
        return find(key)
                .orElseThrow(() -> new IllegalArgumentException("Setting " + key + " has no value: set it with -D" + key
                        + "=... or " + environmentVariable(key)));
    }

    public boolean flag(String key) {
        return find(key).map(Boolean::parseBoolean).orElse(false);
    }

    /** A whole number of at least 1, e.g. a count of workers. */
    public int positive(String key) {
        String value = get(key).trim();
        if (!value.matches("[1-9]\\d{0,3}")) {
            throw new IllegalArgumentException(
                    "Setting " + key + " expects a whole number from 1 to 9999, but was '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    /** A duration written as ISO-8601 ({@code PT90S}) or as plain seconds ({@code 90}). */
    public Duration duration(String key) {
        String value = get(key);
        try {
            return value.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(value)) : Duration.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "Setting " + key + " expects a duration such as 90 (seconds) or PT90S, but was '" + value + "'", e);
        }
    }

    /** {@code sluice.kafka.version} is read from the environment variable {@code SLUICE_KAFKA_VERSION}. */
    public static String environmentVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
