package dev.sluice.steps;

import dev.sluice.approval.Approvals;
import dev.sluice.compare.Captures;
import dev.sluice.compare.StackComparison;
import dev.sluice.environment.Settings;
import dev.sluice.report.BenchmarkReport;
import dev.sluice.report.ScenarioPool;
import dev.sluice.sdk.pipeline.PipelineException;
import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import java.time.Duration;
import java.util.Set;

/** Starts the environment once, and after every scenario reports and removes what it created. */
public class Hooks {
    private static final Duration CLEAN_UP_PATIENCE = Duration.ofMinutes(3);
    private static final String FAULTS = "@faults";
    /** The tags of scenarios that run alone, as cucumber.properties gives them the global key. */
    static final Set<String> RUNS_ALONE = ScenarioPool.tagsRunningAlone(System.getProperties());

    private final ScenarioContext context;

    public Hooks(ScenarioContext context) {
        this.context = context;
    }

    @BeforeAll
    public static void startEnvironment() {
        SharedEnvironment.start();
    }

    @AfterAll
    public static void stopEnvironment() {
        BenchmarkReport.printSummary();
        Approvals.writeAll().forEach(line -> System.out.println("[sluice] " + line));
        SharedEnvironment.stop();
    }

    /**
     * The first hook: the scenario's tags decide what its workspace runs on (see {@link ScenarioContext#workspace}).
     * A scenario that runs alone (an exclusive resource on the global key, see cucumber.properties)
     * kills, replaces or times services: finished scenarios' clean-ups must be done before it starts.
     */
    @Before(order = 0)
    public void remember(Scenario scenario) {
        context.scenario(scenario);
        if (runsAlone(scenario)) {
            SharedEnvironment.cleanUp().awaitAll(CLEAN_UP_PATIENCE);
        }
        SharedEnvironment.engineHealth()
                .takeNotice()
                .ifPresent(notice -> say(scenario, "This scenario runs on a replaced pipeline engine. " + notice));
    }

    /** In the scenario's report and on the console, where a fault's timing and the engine's health are read live. */
    static void say(Scenario scenario, String text) {
        scenario.log(text);
        System.out.println("[sluice] " + text);
    }

    static boolean runsAlone(Scenario scenario) {
        return scenario.getSourceTagNames().stream().anyMatch(RUNS_ALONE::contains);
    }

    /**
     * A pipeline failure that no step checked fails the scenario. Every scenario gets its evidence
     * (pipelines and data at both ends) attached for the living documentation; a failed one also
     * the pipelines' configurations, statuses and traces and the engine's log.
     */
    @After
    public void reportAndCleanUp(Scenario scenario) {
        if (!context.hasWorkspace()) {
            // Skipped before its first step: nothing was made. Making its workspace now would start, for nothing,
            // the engine of its own a scenario may get.
            return;
        }
        PipelineException unchecked = context.workspace().uncheckedFailures().values().stream()
                .findFirst()
                .orElse(null);
        try {
            SharedEnvironment.settings().find(StackComparison.CAPTURE_DIR).ifPresent(dir -> Captures.take(
                            Captures.scenarioId(scenario.getUri(), scenario.getLine()),
                            scenario.getName(),
                            scenario.getStatus().name().toLowerCase(java.util.Locale.ROOT),
                            context.workspace())
                    .write(java.nio.file.Path.of(dir)));
            Diagnostics.attachEvidence(scenario, context);
            if (scenario.isFailed() || unchecked != null) {
                Diagnostics.attach(scenario, context);
            }
        } finally {
            String label = scenario.getName() + " (" + scenario.getUri() + ":" + scenario.getLine() + ")";
            // On the critical path: what the scenario spent creating; its removal runs in the background.
            BenchmarkReport.scenarioOverhead(context.workspace().frameworkTime());
            if ((scenario.isFailed() || unchecked != null)
                    && SharedEnvironment.settings().flag(Settings.KEEP)) {
                // Kept instances are for finding out why a scenario failed: its pipelines and data stay.
                SharedEnvironment.keptForDebugging()
                        .add(label, context.workspace().keepForDebugging());
            } else if (runsAlone(scenario)) {
                // Nothing runs beside it, and what follows it (its engine put back) needs its connectors gone.
                SharedEnvironment.cleanUp().closeNow(label, context.workspace());
                if (scenario.getSourceTagNames().contains(FAULTS)
                        && SharedEnvironment.get().controlsServices()) {
                    // A fault to the run's services can leave the run's engine unable to start sources: the
                    // scenarios after it must not pay. (A scenario's own engine went with its workspace.)
                    SharedEnvironment.engineHealth()
                            .checkAfter(label, SharedEnvironment.get(), SharedEnvironment.run())
                            .ifPresent(sick -> say(scenario, sick));
                    SharedEnvironment.retireEngineApart();
                }
            } else {
                SharedEnvironment.cleanUp().submit(label, context.workspace());
            }
        }
        if (unchecked != null) {
            throw new AssertionError(
                    "The scenario ended with a pipeline failure that no step checked "
                            + "(use 'Then the pipeline \"" + unchecked.pipeline()
                            + "\" fails with an error mentioning \"...\"'):\n"
                            + unchecked.getMessage(),
                    unchecked);
        }
    }
}
