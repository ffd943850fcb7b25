package dev.sluice.steps;

import dev.sluice.environment.Capabilities;
import dev.sluice.environment.EngineWorkers;
import dev.sluice.environment.Environment;
import dev.sluice.environment.NetworkFaults;
import dev.sluice.environment.RenewableEngine;
import dev.sluice.environment.ServiceFaults;
import dev.sluice.kafka.HangingTransactions;
import dev.sluice.report.Means;
import dev.sluice.workspace.EngineCanary;
import dev.sluice.workspace.TimedFaults;
import io.cucumber.java.Before;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * Faults: the services of the environment die or restart under a running pipeline. Only
 * environments that own their services can do this; elsewhere such scenarios are skipped.
 */
public class FaultSteps {
    static final String ALONE = "@alone";
    private final ScenarioContext context;
    private Optional<String> healthReport = Optional.empty();

    public FaultSteps(ScenarioContext context) {
        this.context = context;
    }

    /** Asked of the run's environment: a skipped scenario makes no workspace (Hooks then has nothing to remove). */
    @Before("@faults")
    public void requireControlOfServices() {
        Environment run = SharedEnvironment.get();
        if (!run.controlsServices()) {
            throw new TestAbortedException("Skipped: the " + run.name()
                    + " environment does not own its services, so it cannot kill or restart them (@faults)");
        }
    }

    /** A scenario that cuts a network is skipped before its first step where no network can be cut (local). */
    @Before("@network-faults")
    public void requireNetworkFaults() {
        requireOrSkip(SharedEnvironment.get(), NetworkFaults.class, TimedFaults.CUT_A_NETWORK);
    }

    @Means("fault (`@faults`): SIGKILL of the worker, then the same worker again")
    @When("the pipeline engine is killed and restarted")
    public void killAndRestartEngine() {
        workers("kill and restart its engine").killAndRestartEngine();
    }

    /** Timed against the data: after the first records arrive and before the last (see {@link TimedFaults}). */
    @Means(
            "fault (`@faults`): waits for the first records of the scenario's pipelines, then kills and restarts the worker; fails if every row had already arrived (the kill would test nothing)")
    @When("the pipeline engine is killed while rows are flowing")
    public void killEngineWhileRowsFlow() {
        String what = TimedFaults.killEngineWhileRowsFlow(context.workspace());
        report(what);
    }

    /** The broker dies mid-transfer and comes back on the same data; the engine's clients must reconnect. */
    @Means("fault (`@faults`): as above, killing the broker (SIGKILL), which comes back on the same data and ports")
    @When("the Kafka broker is killed while rows are flowing")
    public void killBrokerWhileRowsFlow() {
        killBrokerOnceArrived(0);
    }

    /** Later in the transfer: the hanging transaction of the "red on a fresh clone" issue came after 2 000+ rows. */
    @Means(
            "fault (`@faults`): as above, once at least that many records have arrived at the destination; fails if every row had already arrived")
    @When("the Kafka broker is killed once {int} rows have arrived")
    public void killBrokerOnceArrived(int rows) {
        String what;
        try {
            what = TimedFaults.killBrokerWhileRowsFlow(
                    context.workspace(), servicesOfTheRun("Killing the Kafka broker"), rows);
        } catch (UnsupportedOperationException notHere) {
            throw new TestAbortedException("Skipped: " + notHere.getMessage());
        }
        report(what);
    }

    @Means(
            "starts workers in the engine's group (same group id and storage topics) until it has that many; `sluice.connect.workers` sets how many start with the environment (default 1). Local (child JVMs) and docker (containers named `connect`, `connect-2`, …); skipped in `external` with the reason")
    @Given("the pipeline engine runs {int} workers")
    public void engineRunsWorkers(int count) {
        try {
            workers("add workers to its engine").scaleEngineTo(count);
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
        report(what);
    }

    /** Docker only: the engine loses a service mid-transfer and finds it again; no row may be lost. */
    @Means(
            "fault (`@faults`), docker only: timed like the engine kill; the service's container (PostgreSQL, or any service plug-in by its name) leaves the run's network for that long and joins it again under the same name (elsewhere skipped with the reason: local services share the loopback interface)")
    @When("the network between the pipeline engine and {service} is cut for {int} seconds while rows are flowing")
    public void cutNetworkWhileRowsFlow(ServiceName service, int seconds) {
        String what;
        try {
            what = TimedFaults.cutNetworkWhileRowsFlow(
                    context.workspace(),
                    servicesOfTheRun("Cutting the network to " + service.title()),
                    service.id(),
                    service.title(),
                    Duration.ofSeconds(seconds));
        } catch (UnsupportedOperationException notHere) {
            throw new TestAbortedException("Skipped: " + notHere.getMessage());
        }
        report(what);
    }

    /** After a SIGKILL of the only broker a transaction can hang for ever: the operator's remedy (KIP-664). */
    @Means(
            "looks for transactions a partition holds open that no coordinator will end (`kafka-transactions.sh find-hanging`) and aborts them, as an operator does after a broker's hard death; says what it found")
    @When("the transactions the broker's death left hanging are aborted")
    public void abortHangingTransactions() {
        var env = context.workspace().environment();
        List<HangingTransactions.Hanging> aborted =
                HangingTransactions.abortAll(env.kafkaBootstrapServers(), env.kafkaClientSettings());
        String what = aborted.isEmpty()
                ? "no hanging transaction found"
                : "aborted " + aborted.size() + " hanging transaction(s): "
                        + String.join(
                                "; ",
                                aborted.stream()
                                        .map(HangingTransactions.Hanging::describe)
                                        .toList());
        report(what);
    }

    /** The sickness of the "red on a fresh clone" issue, made on purpose: every source of the engine waits. */
    @Means(
            "fault (`@faults`): a transactional producer writes into the engine's offsets topic and goes without ending its transaction (open 15 min): no source of the engine can start until then")
    @Given("a transaction is left open on the pipeline engine's offsets topic")
    public void leaveTransactionOpenOnOffsets() {
        if (!(context.workspace().environment() instanceof RenewableEngine engine)) {
            throw new TestAbortedException(
                    "Skipped: the " + context.workspace().environment().name()
                            + " environment cannot replace its engine, so a sick one would stay sick");
        }
        HangingTransactions.leaveOpen(
                engine.kafkaBootstrapServers(),
                engine.kafkaClientSettings(),
                engine.engineGroup() + "-offsets",
                Duration.ofMinutes(15));
    }

    @Means(
            "runs the check made after every `@faults` scenario: a source connector of the core must run and commit its first offset within 30 s, or the engine is replaced by new workers in a new group")
    @When("the pipeline engine's health is checked")
    public void checkEngineHealth() {
        EngineCanary.unavailable(context.workspace().environment()).ifPresent(why -> {
            throw new TestAbortedException(
                    "Skipped on this core: the pipeline engine's health cannot be checked: " + why);
        });
        healthReport = SharedEnvironment.engineHealth()
                .checkAfter(context.scenario().getName(), context.workspace().environment(), SharedEnvironment.run());
        healthReport.ifPresent(this::report);
    }

    @Means("the check above found the engine sick, replaced it, and the new engine passed the same check")
    @Then("the pipeline engine was found unable to start a source and was replaced")
    public void engineWasReplaced() {
        String report = healthReport.orElseThrow(() -> new AssertionError(
                "The engine passed its health check, so nothing was replaced: a source connector ran and committed "
                        + "its first offset although the engine was expected to be unable to start one"));
        if (!report.contains("could not start a source") || !report.contains("passed the same check")) {
            throw new AssertionError("Expected the engine to be found sick, replaced, and the new one healthy; "
                    + "the check said: " + report);
        }
    }

    @Means(
            "fault (`@faults`): the service (PostgreSQL, or any service plug-in by its name; an unknown name lists the known ones) stops cleanly and starts again on the same data and address")
    @When("{service} is restarted")
    public void restartService(ServiceName service) {
        ServiceFaults faults = Capabilities.require(
                servicesOfTheRun("Restarting " + service.title()), ServiceFaults.class, "restart its services");
        faults.restartService(service.id());
    }

    /**
     * The run's environment, whose broker and services every scenario shares: a fault done to them takes them away from
     * the scenarios beside this one, so only a scenario that runs alone may do it (an engine of its own is no help).
     */
    private Environment servicesOfTheRun(String fault) {
        if (!Hooks.runsAlone(context.scenario())) {
            throw new IllegalStateException(fault + " takes it away from every scenario running beside this one, "
                    + "and this scenario does not run alone: tag it " + ALONE + " (cucumber.properties gives that tag "
                    + "the global exclusive resource: nothing runs beside it). Its tags: "
                    + context.scenario().getSourceTagNames());
        }
        return SharedEnvironment.get();
    }

    /** The environment's engine workers; a scenario where it has none to control is skipped, saying so. */
    private EngineWorkers workers(String what) {
        return requireOrSkip(context.workspace().environment(), EngineWorkers.class, what);
    }

    /** The environment as that capability; a scenario where it lacks it is skipped, saying so. */
    private static <T extends Environment> T requireOrSkip(Environment environment, Class<T> capability, String what) {
        try {
            return Capabilities.require(environment, capability, what);
        } catch (Capabilities.MissingCapability notHere) {
            throw new TestAbortedException("Skipped: " + notHere.getMessage());
        }
    }

    private void report(String what) {
        Hooks.say(context.scenario(), what);
    }
}
