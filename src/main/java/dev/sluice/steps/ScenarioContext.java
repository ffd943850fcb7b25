package dev.sluice.steps;

import dev.sluice.workspace.Workspace;
import io.cucumber.java.Scenario;

/**
 * What the steps of one scenario share (injected into every step class): the scenario's
 * {@link Workspace}, where all the work happens, and the Cucumber {@link Scenario} for reports.
 */
public final class ScenarioContext {
    private final Workspace workspace;
    private Scenario scenario;

    public ScenarioContext() {
        this.workspace = SharedEnvironment.newWorkspace();
    }

    public Workspace workspace() {
        return workspace;
    }

    void scenario(Scenario scenario) {
        this.scenario = scenario;
    }

    public Scenario scenario() {
        return scenario;
    }
}
