package dev.sluice.steps;

import dev.sluice.environment.Settings;
import dev.sluice.report.BenchmarkReport;
import dev.sluice.sdk.pipeline.PipelineException;
import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;

/** Starts the environment once, and after every scenario reports and removes what it created. */
public class Hooks {
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
        SharedEnvironment.stop();
    }

    @Before
    public void remember(Scenario scenario) {
        context.scenario(scenario);
    }

    /**
     * A pipeline failure that no step checked fails the scenario. Every scenario gets its evidence
     * (pipelines and data at both ends) attached for the living documentation; a failed one also
     * the pipelines' configurations, statuses and traces and the engine's log.
     */
    @After
    public void reportAndCleanUp(Scenario scenario) {
        PipelineException unchecked = context.workspace().uncheckedFailures().values().stream()
                .findFirst()
                .orElse(null);
        try {
            Diagnostics.attachEvidence(scenario, context);
            if (scenario.isFailed() || unchecked != null) {
                Diagnostics.attach(scenario, context);
            }
        } finally {
            if ((scenario.isFailed() || unchecked != null)
                    && SharedEnvironment.settings().flag(Settings.KEEP)) {
                // Kept instances are for finding out why a scenario failed: its pipelines and data stay.
                SharedEnvironment.keptForDebugging()
                        .add(
                                scenario.getName() + " (" + scenario.getUri() + ":" + scenario.getLine() + ")",
                                context.workspace().keepForDebugging());
            } else {
                context.workspace().close();
            }
            BenchmarkReport.scenarioOverhead(context.workspace().frameworkTime());
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
