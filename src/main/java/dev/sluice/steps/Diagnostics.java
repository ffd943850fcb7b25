package dev.sluice.steps;

import dev.sluice.docs.EngineLogExcerpt;
import dev.sluice.docs.ScenarioEvidence;
import dev.sluice.sdk.ConnectorStatus;
import dev.sluice.sdk.Redactor;
import dev.sluice.sdk.pipeline.ConnectorSpec;
import dev.sluice.sdk.pipeline.PipelineEngine;
import io.cucumber.java.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reader of a failed scenario needs, attached to it: each pipeline's connectors with their
 * (secret-free) configurations, states and traces, and the last lines of the engine's log.
 */
public final class Diagnostics {
    private static final int ENGINE_LOG_LINES = 150;
    /** The tail read to find them: status polls can make up most of it. */
    private static final int ENGINE_LOG_SCANNED = 5000;

    private Diagnostics() {}

    /** The scenario's pipelines and the data at their ends, as {@link ScenarioEvidence}, secrets masked. */
    public static void attachEvidence(Scenario scenario, ScenarioContext context) {
        try {
            scenario.attach(
                    Redactor.redact(context.workspace().evidence().toJson()), ScenarioEvidence.MEDIA_TYPE, "evidence");
        } catch (RuntimeException e) {
            scenario.log("Could not collect the scenario's evidence: " + Redactor.redact(String.valueOf(e)));
        }
    }

    public static void attach(Scenario scenario, ScenarioContext context) {
        try {
            StringBuilder pipelines = new StringBuilder();
            context.workspace().uncheckedFailures().values().forEach(f -> pipelines
                    .append(f.getMessage())
                    .append("\n\n"));
            PipelineEngine engine = context.workspace().engineIfStarted().orElse(null);
            if (engine != null) {
                for (String name : engine.pipelineNames()) {
                    pipelines.append("Pipeline \"").append(name).append("\"\n");
                    Map<String, Map<String, String>> configs = engine.redactedConfigs(name);
                    Map<String, Optional<ConnectorStatus>> statuses = engine.statuses(name);
                    configs.forEach((connector, config) -> {
                        pipelines
                                .append("  connector ")
                                .append(connector)
                                .append(": ")
                                .append(statuses.get(connector)
                                        .map(ConnectorStatus::summary)
                                        .orElse("not found"))
                                .append('\n');
                        config.forEach((k, v) -> pipelines
                                .append("    ")
                                .append(k)
                                .append(" = ")
                                .append(v)
                                .append('\n'));
                        statuses.get(connector)
                                .flatMap(ConnectorStatus::failureTrace)
                                .ifPresent(t ->
                                        pipelines.append("  trace:\n").append(t).append('\n'));
                    });
                }
                pipelines
                        .append("\nLast engine request:\n")
                        .append(engine.client().lastExchange())
                        .append('\n');
            }
            if (!pipelines.isEmpty()) {
                scenario.attach(Redactor.redact(pipelines.toString()), "text/plain", "pipelines");
            }
            List<String> connectors = engine == null
                    ? List.of()
                    : engine.pipelineNames().stream()
                            .flatMap(p -> engine.specs(p).stream())
                            .map(ConnectorSpec::name)
                            .toList();
            String log = String.join(
                    "\n",
                    EngineLogExcerpt.of(
                            context.workspace().environment().engineLogTail(ENGINE_LOG_SCANNED),
                            connectors,
                            ENGINE_LOG_LINES));
            if (!log.isEmpty()) {
                scenario.attach(
                        Redactor.redact(log),
                        "text/plain",
                        "engine log: the scenario's connectors, warnings and errors (last " + ENGINE_LOG_LINES
                                + " such lines)");
            }
        } catch (RuntimeException e) {
            scenario.attach(
                    "Could not collect diagnostics: " + Redactor.redact(String.valueOf(e)),
                    "text/plain",
                    "diagnostics");
        }
    }
}
