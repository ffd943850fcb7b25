package dev.sluice.sdk.pipeline;

import dev.sluice.sdk.ConnectClient;
import dev.sluice.sdk.ConnectorStatus;
import dev.sluice.sdk.EngineException;
import dev.sluice.sdk.Redactor;
import dev.sluice.sdk.ValidationResult;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.StageLibrary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Runs pipelines on a Kafka Connect engine: checks them (fields, stage libraries, the engine's own
 * validation) before creating anything, creates their connectors, and waits until every connector
 * and task runs. Usable on its own, without Cucumber.
 */
public final class PipelineEngine {
    private static final Duration POLL = Duration.ofMillis(250);

    private final ConnectClient client;
    private final PipelineCompiler compiler;
    private final Duration startTimeout;
    private final Map<String, List<ConnectorSpec>> pipelines = new LinkedHashMap<>();
    /** Pipelines this engine stopped: their next start resumes them. */
    private final Set<String> stopped = new HashSet<>();

    public PipelineEngine(ConnectClient client, PipelineCompiler compiler, Duration startTimeout) {
        this.client = client;
        this.compiler = compiler;
        this.startTimeout = startTimeout;
    }

    public ConnectClient client() {
        return client;
    }

    public PipelineCompiler compiler() {
        return compiler;
    }

    /**
     * Compiles and checks the pipeline, then creates it and waits until it runs. A pipeline this
     * engine stopped is resumed from its stored offsets: its connectors' target state is set back
     * to started, whatever their status reads at that moment (a status read races with the
     * rebalance a configuration update sets off, and could leave a connector stopped for good).
     */
    public List<ConnectorSpec> start(Pipeline pipeline, OriginSchema origin) {
        List<ConnectorSpec> specs = check(pipeline, origin);
        boolean wasStopped = stopped.remove(pipeline.name());
        pipelines.put(pipeline.name(), specs);
        for (ConnectorSpec spec : specs) {
            try {
                // Restarting, an unchanged configuration is not written again: the write would restart the connector.
                if (!wasStopped
                        || !client.config(spec.name())
                                .map(withName(spec)::equals)
                                .orElse(false)) {
                    client.createOrUpdate(spec.name(), spec.config());
                }
            } catch (EngineException e) {
                throw new PipelineException(
                        pipeline.name(),
                        "was refused by the engine when creating its " + spec.role() + " connector: " + e.getMessage(),
                        null,
                        e);
            }
        }
        if (wasStopped) {
            specs.forEach(spec -> client.resume(spec.name()));
        }
        for (ConnectorSpec spec : specs) {
            awaitRunning(pipeline.name(), spec);
        }
        return specs;
    }

    /**
     * Waits until the pipeline's change-data sources have committed where they started reading ({@link
     * SourcePositions}), so that a change made from now on arrives as a change even if a rebalance moves a task. Asks
     * {@code originHasRows} only when there is such a source: one with nothing to snapshot commits nothing until the
     * first change, so there is nothing to wait for.
     */
    public void awaitSourcePositions(String pipeline, java.util.function.BooleanSupplier originHasRows) {
        SourcePositions.awaitAll(client, pipeline, specs(pipeline), originHasRows, startTimeout);
    }

    /**
     * The same for a pipeline whose origin Sluice does not know (connector files), so neither whether it holds rows:
     * waits at most {@code patience} for each change-data source's first committed position, then lets it run.
     */
    public void awaitSourcePositionsOfUnknownOrigin(String pipeline, Duration patience) {
        SourcePositions.awaitAllWithin(client, pipeline, specs(pipeline), patience);
    }

    /**
     * Waits until every pipeline this engine started (and did not stop) runs again, e.g. after its
     * workers were replaced; a connector or task that failed is reported with the engine's trace.
     */
    public void awaitAllRunning() {
        pipelines.forEach((pipeline, specs) -> {
            if (!stopped.contains(pipeline)) {
                specs.forEach(spec -> awaitRunning(pipeline, spec));
            }
        });
    }

    /** The configuration as the engine reports it back: with the connector's name. */
    private static Map<String, String> withName(ConnectorSpec spec) {
        Map<String, String> named = new LinkedHashMap<>(spec.config());
        named.put("name", spec.name());
        return named;
    }

    /** Everything that can be known before creating anything; throws a refusal that says how to fix it. */
    public List<ConnectorSpec> check(Pipeline pipeline, OriginSchema origin) {
        List<ConnectorSpec> specs;
        try {
            PipelineCompiler.fieldsAfter(pipeline.processors(), origin);
            specs = compiler.compile(pipeline, origin);
        } catch (IllegalArgumentException e) {
            throw PipelineException.refused(pipeline.name(), e);
        }
        requireStageLibraries(pipeline.name(), specs);
        for (ConnectorSpec spec : specs) {
            ValidationResult result = client.validate(spec.connectorClass(), withName(spec));
            if (!result.isValid()) {
                throw new PipelineException(
                        pipeline.name(),
                        "was refused: the engine rejected the configuration of its " + spec.role() + " connector ("
                                + spec.connectorClass() + "):\n" + result.describeErrors(),
                        null,
                        null);
            }
        }
        return specs;
    }

    private void requireStageLibraries(String pipeline, List<ConnectorSpec> specs) {
        List<ConnectClient.ConnectorPlugin> plugins = client.connectorPlugins();
        Set<String> available =
                plugins.stream().map(ConnectClient.ConnectorPlugin::className).collect(Collectors.toSet());
        missingStageLibrary(available, specs).ifPresent(reason -> {
            throw new PipelineException(pipeline, reason + " (engine at " + client.baseUri() + ")", null, null);
        });
        KnownCoreBreaks.refusal(client.kafkaVersion(), plugins, specs).ifPresent(reason -> {
            throw new PipelineNotOnThisCore(pipeline, reason);
        });
    }

    /** Why the engine cannot run these connectors, naming the stage library and the setting that adds it. */
    static Optional<String> missingStageLibrary(Set<String> availableConnectorClasses, List<ConnectorSpec> specs) {
        for (ConnectorSpec spec : specs) {
            if (!availableConnectorClasses.contains(spec.connectorClass())
                    && StageLibrary.providing(spec.connectorClass()).isEmpty()) {
                return Optional.of("needs the connector class " + spec.connectorClass() + " (its " + spec.role()
                        + " connector), which no stage library of the engine provides. It has: "
                        + availableConnectorClasses.stream().sorted().toList()
                        + ". Add the plugin that provides it to the setting sluice.stage-libraries (known: "
                        + StageLibrary.ids() + ")");
            }
            if (!availableConnectorClasses.contains(spec.connectorClass())) {
                String library = StageLibrary.providing(spec.connectorClass())
                        .map(StageLibrary::id)
                        .orElse("?");
                return Optional.of("needs the stage library '" + library + "' (connector class " + spec.connectorClass()
                        + "), which the engine does not have. It has: "
                        + availableConnectorClasses.stream().sorted().toList()
                        + ". Add '" + library + "' to the setting sluice.stage-libraries (known: " + StageLibrary.ids()
                        + ")");
            }
        }
        return Optional.empty();
    }

    private void awaitRunning(String pipeline, ConnectorSpec spec) {
        ConnectorStatus[] last = new ConnectorStatus[1];
        try {
            Awaitility.await(spec.name() + " running")
                    .atMost(startTimeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL)
                    .until(() -> {
                        last[0] = client.status(spec.name()).orElse(null);
                        return last[0] != null && (last[0].isRunning() || last[0].hasFailed());
                    });
        } catch (ConditionTimeoutException e) {
            throw new PipelineException(
                    pipeline,
                    "did not start within " + startTimeout.toSeconds() + " s: its "
                            + spec.role() + " connector " + spec.name() + " was last seen "
                            + (last[0] == null ? "without a status" : last[0].summary()),
                    null,
                    e);
        }
        if (last[0].hasFailed()) {
            throw new PipelineException(
                    pipeline,
                    "failed: its " + spec.role() + " connector " + spec.name() + " is " + last[0].summary(),
                    last[0].failureTrace().orElse(null),
                    null);
        }
    }

    /** The current failure of the pipeline, if any of its connectors or tasks has failed. */
    public Optional<PipelineException> failure(String pipeline) {
        for (ConnectorSpec spec : specs(pipeline)) {
            Optional<ConnectorStatus> status = client.status(spec.name());
            if (status.isPresent() && status.get().hasFailed()) {
                return Optional.of(new PipelineException(
                        pipeline,
                        "failed: its " + spec.role() + " connector " + spec.name() + " is "
                                + status.get().summary(),
                        status.get().failureTrace().orElse(null),
                        null));
            }
        }
        return Optional.empty();
    }

    public Map<String, Optional<ConnectorStatus>> statuses(String pipeline) {
        Map<String, Optional<ConnectorStatus>> result = new LinkedHashMap<>();
        specs(pipeline).forEach(s -> result.put(s.name(), client.status(s.name())));
        return result;
    }

    /**
     * Waits until every connector and task of the pipeline runs, giving one the engine is moving between workers
     * {@code patience} ({@link MovingConnectors}). Empty when it runs, otherwise the statuses last seen.
     */
    public Optional<Map<String, Optional<ConnectorStatus>>> awaitRunningThroughMoves(
            String pipeline, Duration patience) {
        return MovingConnectors.awaitRunning(pipeline, () -> statuses(pipeline), patience, POLL);
    }

    /** Stops the pipeline's connectors (configuration and offsets are kept) and waits until they are stopped. */
    public void stop(String pipeline) {
        stopped.add(pipeline);
        for (ConnectorSpec spec : specs(pipeline)) {
            client.stop(spec.name());
        }
        for (ConnectorSpec spec : specs(pipeline)) {
            Awaitility.await(spec.name() + " stopped")
                    .atMost(startTimeout)
                    .pollInterval(POLL)
                    .until(() -> client.status(spec.name())
                            .map(s -> "STOPPED".equals(s.state()) && s.tasks().isEmpty())
                            .orElse(true));
        }
    }

    public List<ConnectorSpec> specs(String pipeline) {
        List<ConnectorSpec> specs = pipelines.get(pipeline);
        if (specs == null) {
            throw new IllegalArgumentException("There is no pipeline \"" + pipeline
                    + "\" started in this scenario; started: " + pipelines.keySet());
        }
        return specs;
    }

    public Set<String> pipelineNames() {
        return pipelines.keySet();
    }

    /** Each connector's configuration with secrets masked, for reports. */
    public Map<String, Map<String, String>> redactedConfigs(String pipeline) {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        specs(pipeline).forEach(s -> result.put(s.name(), Redactor.redact(s.config())));
        return result;
    }

    /** Deletes every connector of the pipelines started here and waits until the engine has dropped them. */
    public void deleteAll() {
        List<String> names = new ArrayList<>();
        pipelines.values().forEach(specs -> specs.forEach(s -> names.add(s.name())));
        names.forEach(client::delete);
        Awaitility.await("connectors deleted")
                .atMost(startTimeout)
                .pollInterval(POLL)
                .until(() -> names.stream().noneMatch(client.connectors()::contains));
        pipelines.clear();
        stopped.clear();
    }
}
