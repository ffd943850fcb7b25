package dev.sluice.workspace;

import dev.sluice.docs.ScenarioEvidence;
import dev.sluice.environment.Environment;
import dev.sluice.sdk.ConnectClient;
import dev.sluice.sdk.pipeline.Pipeline;
import dev.sluice.sdk.pipeline.PipelineCompiler;
import dev.sluice.sdk.pipeline.PipelineEngine;
import dev.sluice.sdk.pipeline.PipelineException;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.SeedsRecords;
import dev.sluice.sdk.system.Services;
import dev.sluice.sdk.system.SystemSession;
import dev.sluice.verify.Destination;
import dev.sluice.verify.SeedTable;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One isolated world for one scenario or one SDK test, on a running {@link Environment}: its
 * namespace, what the systems created for it (database, topics, buckets, slots), its pipelines and
 * the record of their failures. {@link #close()} removes all of it. Usable without Cucumber (see
 * the README's SDK example). It knows no system by name: each endpoint's system does the work.
 */
public final class Workspace implements AutoCloseable {
    /** How long a pipeline's connectors may take to run, unless the caller says otherwise. */
    public static final Duration DEFAULT_PIPELINE_START_TIMEOUT = Duration.ofSeconds(90);
    /** Connector files' change-data sources: how long a start waits for a first position that an empty origin never commits. */
    static final Duration UNKNOWN_ORIGIN_PATIENCE = Duration.ofSeconds(20);

    private final Environment environment;
    private final Namespace namespace;
    private final Duration pipelineStartTimeout;
    private final Map<String, Pipeline> pipelines = new LinkedHashMap<>();
    private final FailureLedger failures = new FailureLedger();
    private final Evidence evidence = new Evidence();
    private final WorkspaceSessions sessions;
    private Services servicesForEngine;
    private PipelineEngine engine;
    private final Map<String, Map<String, String>> connectorSettings = new LinkedHashMap<>();
    /** On a scenario's own engine ({@link #onOwnEngine}): the environment is the workspace's to close. */
    private boolean closesEnvironment;

    public Workspace(Environment environment, Namespace namespace, Duration pipelineStartTimeout) {
        this.environment = environment;
        this.namespace = namespace;
        this.pipelineStartTimeout = pipelineStartTimeout;
        this.servicesForEngine = environment.services();
        this.sessions = new WorkspaceSessions(servicesForEngine, namespace);
    }

    /** A workspace with a fresh random namespace and the default start timeout. */
    public static Workspace open(Environment environment) {
        return new Workspace(
                environment,
                new Namespace("w" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4))),
                DEFAULT_PIPELINE_START_TIMEOUT);
    }

    /** A workspace on an engine of its own ({@link dev.sluice.environment.PrivateEngines}), stopped when it closes. */
    public static Workspace onOwnEngine(Environment ownEngine, Namespace namespace, Duration pipelineStartTimeout) {
        Workspace workspace = new Workspace(ownEngine, namespace, pipelineStartTimeout);
        workspace.closesEnvironment = true;
        return workspace;
    }

    public Namespace namespace() {
        return namespace;
    }

    public Environment environment() {
        return environment;
    }

    /** The session of the endpoint's system in this workspace, opened on first use. */
    public SystemSession session(Endpoint endpoint) {
        return sessions.of(endpoint.system());
    }

    /**
     * The endpoint's session as one that can do what is asked ({@code KeyedRows}, or its system's own type such as
     * {@code KafkaSession}); refused elsewhere, saying that the endpoint cannot {@code what} and where to write instead.
     */
    public <T> T sessionAs(Endpoint endpoint, Class<T> capability, String what) {
        return SystemSession.require(session(endpoint), endpoint, capability, what);
    }

    /** Creates the endpoint with these rows (a table, replacing one of that name) or writes them as records (a topic). */
    public void seed(Endpoint endpoint, SeedTable rows) {
        sessionAs(endpoint, SeedsRecords.class, "be seeded with rows").seed(endpoint, rows);
    }

    /** The pipeline engine of this workspace, created on first use. */
    public synchronized PipelineEngine engine() {
        if (engine == null) {
            engine = new PipelineEngine(
                    new ConnectClient(environment::connectUrl, environment.connectAccess()),
                    new PipelineCompiler(namespace, servicesForEngine).withConnectorSettings(connectorSettings),
                    pipelineStartTimeout);
        }
        return engine;
    }

    /** The engine, or empty when nothing in this workspace used it. */
    public synchronized Optional<PipelineEngine> engineIfStarted() {
        return Optional.ofNullable(engine);
    }

    /** From now on the engine is told that this service is at another address (to see how pipelines fail). */
    public synchronized void pointEngineAt(String service, Object address) {
        if (engine != null) {
            throw new IllegalStateException(
                    "The engine's view of '" + service + "' can change only before the first pipeline is started");
        }
        servicesForEngine = servicesForEngine.withEngineSide(service, address);
    }

    /**
     * Settings every connector of a role gets ({@code source}: {@code decimal.handling.mode=double}), to see
     * what a connector setting changes in the data; before the first pipeline starts. Not for a team's files.
     */
    public synchronized void addConnectorSettings(String role, Map<String, String> settings) {
        if (engine != null) {
            throw new IllegalStateException(
                    "Connector settings can be added only before the first pipeline is started");
        }
        connectorSettings.computeIfAbsent(role, r -> new LinkedHashMap<>()).putAll(settings);
    }

    /** Defines (or redefines, e.g. with one more processor) a pipeline; nothing is created yet. */
    public void define(Pipeline pipeline) {
        pipelines.put(pipeline.name(), pipeline);
    }

    public Pipeline pipeline(String name) {
        Pipeline p = pipelines.get(name);
        if (p == null) {
            throw new IllegalArgumentException(
                    "No pipeline \"" + name + "\" is defined here (defined: " + pipelines.keySet()
                            + "). Define it first: Given a pipeline \"" + name + "\" from the ... to the ...");
        }
        return p;
    }

    /** Defines the pipeline and starts it; see {@link #start(String)}. */
    public PipelineStart start(Pipeline pipeline) {
        define(pipeline);
        return start(pipeline.name());
    }

    /**
     * Prepares the destination, describes the origin, compiles and checks the pipeline, creates it
     * and waits until it runs. A refusal or failure is recorded (see {@link #failures()}), not thrown:
     * the outcome says which, and {@link PipelineStart#orThrow()} throws it.
     */
    public PipelineStart start(String name) {
        Pipeline pipeline = pipeline(name);
        try {
            // A pipeline that cannot be built is refused before any service is asked for.
            PipelineCompiler.requireSupported(pipeline);
            if (pipeline.knowsItsEnds()) {
                sessions.openFor(pipeline.origin(), pipeline.destination());
                prepareDestination(pipeline.destination());
            }
            if (pipeline.connectorFiles().isPresent()) {
                sessions.openWhatFilesName(
                        engine().compiler().placeholders(pipeline.name()),
                        pipeline.connectorFiles().get().placeholders());
            }
            engine().start(
                            pipeline,
                            pipeline.knowsItsEnds()
                                    ? originSchema(pipeline.origin())
                                    : new OriginSchema(List.of(), List.of()));
            if (pipeline.knowsItsEnds()) {
                engine().awaitSourcePositions(
                                name,
                                () -> session(pipeline.origin())
                                                .destination(pipeline.origin())
                                                .count()
                                        > 0);
            } else {
                engine().awaitSourcePositionsOfUnknownOrigin(name, UNKNOWN_ORIGIN_PATIENCE);
            }
            return new PipelineStart(name, Optional.empty());
        } catch (PipelineException e) {
            return failed(e);
        } catch (IllegalArgumentException e) {
            return failed(PipelineException.refused(name, e));
        }
    }

    private PipelineStart failed(PipelineException failure) {
        failures.record(failure);
        return new PipelineStart(failure.pipeline(), Optional.of(failure));
    }

    /** Prepares what a pipeline's sink cannot create itself (a schema, a bucket); {@link #start} does it too. */
    public void prepareDestination(Endpoint destination) {
        if (destination.system().canBeDestination()) {
            session(destination).prepareDestination(destination);
        }
    }

    public void stop(String name) {
        engine().stop(name);
    }

    /** The origin's fields and key; none for an endpoint that cannot be an origin (the compiler then says what can). */
    public OriginSchema originSchema(Endpoint origin) {
        return origin.system().canBeOrigin()
                ? session(origin).describe(origin)
                : new OriginSchema(List.of(), List.of());
    }

    /** The endpoint, read directly; committed records only when an exactly-once pipeline writes it. */
    public Destination destination(Endpoint endpoint) {
        boolean exactlyOnce = pipelines.values().stream()
                .anyMatch(p -> p.exactlyOnce() && p.knownDestination().equals(Optional.of(endpoint)));
        return evidence.recording(
                exactlyOnce
                        ? session(endpoint).committedDestination(endpoint)
                        : session(endpoint).destination(endpoint));
    }

    /** The endpoint as its system's own destination type (e.g. the lake's, to list its files); not recorded. */
    public <T extends Destination> T destination(Endpoint endpoint, Class<T> type) {
        Destination destination = session(endpoint).destination(endpoint);
        if (!type.isInstance(destination)) {
            throw new IllegalArgumentException(
                    "The " + endpoint.describe() + " is not read as a " + type.getSimpleName());
        }
        return type.cast(destination);
    }

    /**
     * What this workspace showed, for the living documentation: its started pipelines as pictures
     * and the data at their ends (destinations as the checks last read them, origins as they are now).
     */
    public ScenarioEvidence evidence() {
        return evidence.collect(
                engineIfStarted(), this::pipeline, p -> destination(p.origin()), namespace.topicPrefix());
    }

    public FailureLedger failures() {
        return failures;
    }

    /** Failures recorded at start, or seen in the engine now, of pipelines nobody checked for failure. */
    public Map<String, PipelineException> uncheckedFailures() {
        return failures.unchecked(engineIfStarted());
    }

    /** A reason to stop waiting for data: a pipeline of this workspace has failed, and no step expected it. */
    public Optional<String> anyPipelineFailure() {
        return failures.any(engineIfStarted());
    }

    /** Time spent creating and removing this workspace's resources (not waiting for data), for the benchmark. */
    public Duration frameworkTime() {
        return sessions.overhead();
    }

    /**
     * Removes everything this workspace created: its connectors first, then each system's
     * resources. Every step runs; the first error is thrown with the others suppressed.
     */
    @Override
    public synchronized void close() {
        try {
            sessions.close(Optional.ofNullable(engine));
        } finally {
            if (closesEnvironment) {
                environment.close();
            }
        }
    }

    /**
     * Instead of {@link #close()}: leaves this workspace's pipelines and data where they are, for a
     * person to find out why a scenario failed, and says what is left and how to reach it, one line
     * each. Lines may hold credentials: mask them ({@link dev.sluice.sdk.Redactor}) before a report.
     */
    public synchronized List<String> keepForDebugging() {
        List<String> lines = new ArrayList<>();
        if (engine != null) {
            lines.addAll(KeptForDebugging.connectorStatusCommands(environment, engine));
        }
        lines.addAll(sessions.keep());
        return lines;
    }
}
