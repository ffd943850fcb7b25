package dev.sluice.steps;

import dev.sluice.environment.Environment;
import dev.sluice.environment.Environments;
import dev.sluice.environment.Settings;
import dev.sluice.report.SecretScanner;
import dev.sluice.sdk.Redactor;
import dev.sluice.sdk.pipeline.PipelineCompiler;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.workspace.BackgroundCleanUp;
import dev.sluice.workspace.EngineHealth;
import dev.sluice.workspace.KeptForDebugging;
import dev.sluice.workspace.Workspace;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The one environment of a test run, started before the first scenario and closed after the last. */
final class SharedEnvironment {
    private static Environment environment;
    private static Settings settings;
    /** Which scenarios get an engine of their own: sluice.own-engine, read (and refused if malformed) at start. */
    private static OwnEngines ownEngines;
    /** The engine set apart for sinks that must not share a worker with other systems' (sluice.engine-apart). */
    private static Environment engineApart;

    private static final KeptForDebugging KEPT = new KeptForDebugging();
    private static final BackgroundCleanUp CLEAN_UP = new BackgroundCleanUp();
    private static final EngineHealth ENGINE_HEALTH = new EngineHealth();
    /** Distinguishes this run's scenario names from other runs' on a shared (external) system. */
    private static final String RUN = "s" + HexFormat.of().formatHex(new SecureRandom().generateSeed(2));

    private static final AtomicInteger SCENARIOS = new AtomicInteger();

    private SharedEnvironment() {}

    static synchronized void start() {
        if (environment != null) {
            return;
        }
        settings = Settings.fromJvm();
        Environment env = Environments.create(settings);
        OwnEngines engines = OwnEngines.of(env, settings);
        env.start();
        environment = env;
        ownEngines = engines;
    }

    static synchronized Environment get() {
        if (environment == null) {
            start();
        }
        return environment;
    }

    static synchronized Settings settings() {
        get();
        return settings;
    }

    static String run() {
        return RUN;
    }

    /**
     * A workspace for one scenario, in this run's namespace, on the shared environment; on an engine of its own
     * when its tags match {@code sluice.own-engine}, or on the engine apart when they match {@code
     * sluice.engine-apart}, and the environment can give one ({@link OwnEngines}).
     */
    static Workspace newWorkspace(java.util.Collection<String> tags) {
        Namespace namespace = new Namespace(RUN + "_" + SCENARIOS.incrementAndGet());
        java.time.Duration startTimeout = settings().duration(Settings.PIPELINE_START_TIMEOUT);
        Environment run = get();
        Workspace workspace = ownEngines
                .wantedBy(tags)
                .map(engines -> Workspace.onOwnEngine(engines.withOwnEngine(), namespace, startTimeout))
                .or(() -> ownEngines
                        .apartFor(tags)
                        .map(engines -> new Workspace(engineApart(engines), namespace, startTimeout)))
                .orElseGet(() -> new Workspace(run, namespace, startTimeout));
        for (String role : List.of(PipelineCompiler.SOURCE, PipelineCompiler.SINK)) {
            Map<String, String> extra = settings().withPrefix(Settings.CONNECTOR_SETTINGS + role + ".");
            if (!extra.isEmpty()) {
                workspace.addConnectorSettings(role, extra);
            }
        }
        return workspace;
    }

    /** Started when a scenario first asks for it, shared by every scenario on it, stopped with the run's environment. */
    private static synchronized Environment engineApart(dev.sluice.environment.PrivateEngines engines) {
        if (engineApart == null) {
            engineApart = engines.withOwnEngine();
        }
        return engineApart;
    }

    /**
     * After a fault to the run's services, with nothing beside it: the engine apart lived through it, and a source it
     * starts later could be stuck as the run's engine's can be, so the next scenario on it gets a new one. A kept run
     * keeps it, with whatever a failed scenario left on it.
     */
    static synchronized void retireEngineApart() {
        if (engineApart != null && !settings.flag(Settings.KEEP)) {
            engineApart.close();
            engineApart = null;
        }
    }

    /** Refuses that pipeline from a scenario of these tags where it needs an engine of its own: {@link OwnEngines}. */
    static void checkEngineFor(java.util.Collection<String> tags, dev.sluice.sdk.pipeline.Pipeline pipeline) {
        get();
        ownEngines.checkDestination(tags, pipeline.origin(), pipeline.destination());
    }

    static synchronized KeptForDebugging keptForDebugging() {
        return KEPT;
    }

    /** Finished scenarios' workspaces, closed off the critical path. */
    static BackgroundCleanUp cleanUp() {
        return CLEAN_UP;
    }

    /** Whether the engine can still start sources after a fault, and its replacement when it cannot. */
    static EngineHealth engineHealth() {
        return ENGINE_HEALTH;
    }

    /** Fails the run, after everything is closed, if a finished scenario's clean-up failed. */
    static synchronized void stop() {
        SecretScanner.writeFingerprints(Redactor.fingerprints());
        if (!KEPT.isEmpty()) {
            System.out.println(
                    KEPT.report(Path.of(settings.get(Settings.WORK_DIR)).resolve("kept-for-debugging.txt")));
        }
        List<String> cleanUpFailures = CLEAN_UP.finish();
        if (environment != null) {
            // The engine apart goes with the environment (or stays with it, when the run is kept), as the run's does.
            engineApart = null;
            environment.close();
            environment = null;
        }
        if (!cleanUpFailures.isEmpty()) {
            throw new AssertionError(
                    "Removing what finished scenarios had created failed, so some of it may be left:\n  "
                            + String.join("\n  ", cleanUpFailures));
        }
    }
}
