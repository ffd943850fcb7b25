package dev.sluice.steps;

import dev.sluice.workspace.Workspace;
import io.cucumber.java.Scenario;

/**
 * What the steps of one scenario share (injected into every step class): the scenario's
 * {@link Workspace}, where all the work happens, and the Cucumber {@link Scenario} for reports.
 */
public final class ScenarioContext {
    private Workspace workspace;
    private Scenario scenario;
    private final java.util.Map<String, Integer> stepsRun = new java.util.HashMap<>();
    private java.util.Optional<TracedChecks.Traced> lastCheckFailure = java.util.Optional.empty();

    /**
     * The scenario's workspace, made on first use: after {@link Hooks#remember} (the first hook) gave the scenario,
     * whose tags say whether it gets an engine of its own.
     */
    public synchronized Workspace workspace() {
        if (workspace == null) {
            workspace = SharedEnvironment.newWorkspace(tags());
        }
        return workspace;
    }

    /** Whether the scenario made its workspace: one skipped before its first step did not. */
    synchronized boolean hasWorkspace() {
        return workspace != null;
    }

    /** The scenario's tags, its feature's included. */
    java.util.Collection<String> tags() {
        return scenario == null ? java.util.List.of() : scenario.getSourceTagNames();
    }

    void scenario(Scenario scenario) {
        this.scenario = scenario;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** How many times a step of this text ran before in this scenario (0 the first time): which one it is in the file. */
    int occurrence(String stepText) {
        return stepsRun.merge(stepText, 1, Integer::sum) - 1;
    }

    /** The failure of the last check a step ran to look at its report (see {@link TraceSteps}); empty when it held. */
    java.util.Optional<TracedChecks.Traced> lastCheckFailure() {
        return lastCheckFailure;
    }

    void lastCheckFailure(TracedChecks.Traced failure) {
        this.lastCheckFailure = java.util.Optional.ofNullable(failure);
    }
}
