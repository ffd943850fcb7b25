package dev.sluice.steps;

import dev.sluice.report.Means;
import dev.sluice.workspace.TimedFaults;
import io.cucumber.java.Before;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import org.opentest4j.TestAbortedException;

/**
 * Faults: the services of the environment die or restart under a running pipeline. Only
 * environments that own their services can do this; elsewhere such scenarios are skipped.
 */
public class FaultSteps {
    private final ScenarioContext context;

    public FaultSteps(ScenarioContext context) {
        this.context = context;
    }

    @Before("@faults")
    public void requireControlOfServices() {
        if (!context.workspace().environment().controlsServices()) {
            throw new TestAbortedException(
                    "Skipped: the " + context.workspace().environment().name()
                            + " environment does not own its services, so it cannot kill or restart them (@faults)");
        }
    }

    @Means("fault (`@faults`): SIGKILL of the worker, then the same worker again")
    @When("the pipeline engine is killed and restarted")
    public void killAndRestartEngine() {
        context.workspace().environment().killAndRestartEngine();
    }

    /** Timed against the data: after the first records arrive and before the last (see {@link TimedFaults}). */
    @Means(
            "fault (`@faults`): waits for the first records of the scenario's pipelines, then kills and restarts the worker; fails if every row had already arrived (the kill would test nothing)")
    @When("the pipeline engine is killed while rows are flowing")
    public void killEngineWhileRowsFlow() {
        String what = TimedFaults.killEngineWhileRowsFlow(context.workspace());
        context.scenario().log(what);
        System.out.println("[sluice] " + what);
    }

    /** The broker dies mid-transfer and comes back on the same data; the engine's clients must reconnect. */
    @Means("fault (`@faults`): as above, killing the broker (SIGKILL), which comes back on the same data and ports")
    @When("the Kafka broker is killed while rows are flowing")
    public void killBrokerWhileRowsFlow() {
        String what;
        try {
            what = TimedFaults.killBrokerWhileRowsFlow(context.workspace());
        } catch (UnsupportedOperationException notHere) {
            throw new TestAbortedException("Skipped: " + notHere.getMessage());
        }
        context.scenario().log(what);
        System.out.println("[sluice] " + what);
    }

    @Means(
            "starts workers in the engine's group (same group id and storage topics) until it has that many; `sluice.connect.workers` sets how many start with the environment (default 1). Local (child JVMs) and docker (containers named `connect`, `connect-2`, …); skipped in `external` with the reason")
    @Given("the pipeline engine runs {int} workers")
    public void engineRunsWorkers(int count) {
        try {
            context.workspace().environment().scaleEngineTo(count);
        } catch (UnsupportedOperationException notHere) {
            throw new TestAbortedException("Skipped: " + notHere.getMessage());
        }
    }

    /** The worker with the pipeline's task dies and stays dead; the others must take the task over. */
    @Means(
            "fault (`@faults`): timed like the engine kill; SIGKILL to the worker that runs the pipeline's task, which stays dead: the group must move the task to a survivor")
    @When("the worker running the pipeline {string} is killed while rows are flowing")
    public void killWorkerWhileRowsFlow(String pipeline) {
        String what = TimedFaults.killWorkerWhileRowsFlow(context.workspace(), pipeline);
        context.scenario().log(what);
        System.out.println("[sluice] " + what);
    }

    /** Docker only: the engine loses PostgreSQL mid-transfer and finds it again; no row may be lost. */
    @Means(
            "fault (`@faults`), docker only: timed like the engine kill; PostgreSQL's container leaves the run's network for that long and joins it again under the same name (elsewhere skipped with the reason: local services share the loopback interface)")
    @When("the network between the pipeline engine and PostgreSQL is cut for {int} seconds while rows are flowing")
    public void cutPostgresWhileRowsFlow(int seconds) {
        String what;
        try {
            what = TimedFaults.cutPostgresWhileRowsFlow(context.workspace(), java.time.Duration.ofSeconds(seconds));
        } catch (UnsupportedOperationException notHere) {
            throw new TestAbortedException("Skipped: " + notHere.getMessage());
        }
        context.scenario().log(what);
        System.out.println("[sluice] " + what);
    }

    @Means("fault (`@faults`): the same data directory again")
    @When("PostgreSQL is restarted")
    public void restartPostgres() {
        context.workspace().environment().restartPostgres();
    }
}
