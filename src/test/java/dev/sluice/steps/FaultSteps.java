package dev.sluice.steps;

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

    @When("the pipeline engine is killed and restarted")
    public void killAndRestartEngine() {
        context.workspace().environment().killAndRestartEngine();
    }

    /** Timed against the data: after the first records arrive and before the last (see {@link TimedFaults}). */
    @When("the pipeline engine is killed while rows are flowing")
    public void killEngineWhileRowsFlow() {
        String what = TimedFaults.killEngineWhileRowsFlow(context.workspace());
        context.scenario().log(what);
        System.out.println("[sluice] " + what);
    }

    /** The broker dies mid-transfer and comes back on the same data; the engine's clients must reconnect. */
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

    @Given("the pipeline engine runs {int} workers")
    public void engineRunsWorkers(int count) {
        try {
            context.workspace().environment().scaleEngineTo(count);
        } catch (UnsupportedOperationException notHere) {
            throw new TestAbortedException("Skipped: " + notHere.getMessage());
        }
    }

    /** The worker with the pipeline's task dies and stays dead; the others must take the task over. */
    @When("the worker running the pipeline {string} is killed while rows are flowing")
    public void killWorkerWhileRowsFlow(String pipeline) {
        String what = TimedFaults.killWorkerWhileRowsFlow(context.workspace(), pipeline);
        context.scenario().log(what);
        System.out.println("[sluice] " + what);
    }

    /** Docker only: the engine loses PostgreSQL mid-transfer and finds it again; no row may be lost. */
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

    @When("PostgreSQL is restarted")
    public void restartPostgres() {
        context.workspace().environment().restartPostgres();
    }
}
