package dev.sluice.steps;

import dev.sluice.report.Means;
import dev.sluice.sdk.ConnectClient;
import dev.sluice.sdk.format.RecordFormats;
import dev.sluice.sdk.pipeline.ConnectorFiles;
import dev.sluice.sdk.pipeline.Pipeline;
import dev.sluice.sdk.pipeline.PipelineException;
import dev.sluice.sdk.pipeline.PipelineNotOnThisCore;
import dev.sluice.sdk.pipeline.Processor;
import dev.sluice.sdk.system.ChangesRows;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.TableData;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.opentest4j.TestAbortedException;

/** Defining, starting and stopping pipelines, and checking their state. */
public class PipelineSteps {
    /** A sink fails only after it has retried writing the rejected rows: that takes a while. */
    private static final Duration FAILURE_PATIENCE = Duration.ofSeconds(90);
    /** How long a connector or task being moved between workers may take to run again. */
    private static final Duration MOVING_PATIENCE = Duration.ofSeconds(30);

    private final ScenarioContext context;

    public PipelineSteps(ScenarioContext context) {
        this.context = context;
    }

    @Means("defines a pipeline")
    @Given("a pipeline {string} from the {endpoint} to the {endpoint}")
    public void definePipeline(String name, Endpoint origin, Endpoint destination) {
        context.workspace().define(Pipeline.of(name, origin, destination));
    }

    /** The files are read when the pipeline starts: a broken one is a refusal that 'fails with an error' can check. */
    @Means("the team's own connectors (see \"Your own pipelines\" below)")
    @Given("a pipeline {string} defined by the connector configurations in {string}")
    public void definePipelineByFiles(String name, String location) {
        context.workspace().define(Pipeline.definedBy(name, ConnectorFiles.at(location)));
    }

    @Means("the same, naming its ends, so the faults timed against flowing rows can watch them")
    @Given(
            "a pipeline {string} from the {endpoint} to the {endpoint} defined by the connector configurations in {string}")
    public void definePipelineByFilesBetween(String name, Endpoint origin, Endpoint destination, String location) {
        context.workspace().define(Pipeline.definedBy(name, origin, destination, ConnectorFiles.at(location)));
    }

    @Means("text becomes `****`, numbers become `0`, NULL stays NULL")
    @Given("the pipeline {string} masks the field {string}")
    public void masksField(String name, String field) {
        context.workspace().define(context.workspace().pipeline(name).with(new Processor.MaskField(field)));
    }

    @Means(
            "its source requires Kafka Connect's exactly-once support (KIP-618, `exactly.once.support=required`; the worker runs `exactly.once.source.support=enabled`), and its topic is read as a `read_committed` consumer reads it; refused for a pipeline whose origin is a topic")
    @Given("the pipeline {string} delivers exactly once")
    public void deliversExactlyOnce(String name) {
        context.workspace().define(context.workspace().pipeline(name).deliveringExactlyOnce());
    }

    @Means(
            "its topic's records, keys and values, in this format: `JSON` (with schema, the default) or `Avro` (the schema registry plug-in's converter against the run's registry, in Confluent's wire format: a zero byte, the schema id, the body); every topic check reads either")
    @Given("the pipeline {string} writes {word}")
    public void writes(String name, String format) {
        context.workspace().define(context.workspace().pipeline(name).writing(RecordFormats.named(format)));
    }

    @Means("the destination sees the new name")
    @Given("the pipeline {string} renames the field {string} to {string}")
    public void renamesField(String name, String field, String to) {
        context.workspace().define(context.workspace().pipeline(name).with(new Processor.RenameField(field, to)));
    }

    /** A refused start or a failed task is recorded (by the workspace) for a later step, not failed on the spot. */
    @Means(
            "checks, creates and waits until every connector and task runs (and a change-data source whose origin holds rows has committed a position); a refusal or failure is recorded for the next step, not failed on the spot")
    @When("the pipeline {string} is started")
    public void start(String name) {
        // A failure is in the workspace's ledger: 'Then the pipeline ... fails with an error mentioning' checks
        // it, an eventual check stops at it, and unchecked it fails the scenario. A scenario on the wrong engine
        // for its destination is the feature's mistake, and fails here.
        SharedEnvironment.checkEngineFor(context.tags(), context.workspace().pipeline(name));
        context.workspace()
                .start(name)
                .failure()
                .filter(PipelineNotOnThisCore.class::isInstance)
                .ifPresent(notOnThisCore -> {
                    // A version pair known not to run (declared by its stage library) is no failure of the scenario.
                    context.workspace().failures().consume(name);
                    throw new TestAbortedException("Skipped on this core: " + notOnThisCore.getMessage());
                });
    }

    @Means("define and start")
    @When("a pipeline {string} moves data from the {endpoint} to the {endpoint}")
    public void defineAndStart(String name, Endpoint origin, Endpoint destination) {
        definePipeline(name, origin, destination);
        start(name);
    }

    @Means("stops its connectors, keeping their offsets; starting it again continues where it stopped")
    @When("the pipeline {string} is stopped")
    public void stop(String name) {
        context.workspace().stop(name);
    }

    /**
     * Stops and starts the pipeline once per row, inserting that row while it is stopped: a start
     * that leaves a connector stopped, or a restart that replays or skips a change, shows at once.
     */
    @Means(
            "one stop/insert/start cycle per row; fails naming the cycle whose start did not bring every connector back to RUNNING")
    @When(
            "the pipeline {string} is stopped and started again for each of these rows, inserted into the {endpoint} while it is stopped:")
    public void stopStartCycles(String name, Endpoint origin, DataTable rows) {
        TableData inserts = SeedTable.parse(rows.cells()).asTable();
        for (int cycle = 0; cycle < inserts.rows().size(); cycle++) {
            stop(name);
            context.workspace()
                    .sessionAs(origin, ChangesRows.class, "take inserted rows")
                    .insert(
                            origin,
                            new TableData(
                                    inserts.header(), List.of(inserts.rows().get(cycle))));
            start(name);
            int shown = cycle + 1;
            context.workspace().failures().consume(name).ifPresent(f -> {
                throw new AssertionError(
                        "Stop/start cycle " + shown + " of " + inserts.rows().size() + ": the pipeline \"" + name
                                + "\" " + f.getMessage(),
                        f);
            });
        }
    }

    @Means(
            "every connector and task of the pipeline runs; one the engine is moving between workers (UNASSIGNED, RESTARTING) gets 30 s to run again, any other state fails at once")
    @Then("the pipeline {string} is running")
    public void isRunning(String name) {
        context.workspace().failures().consume(name).ifPresent(f -> {
            throw new AssertionError(
                    "Expected the pipeline \"" + name + "\" to be running, but it " + f.getMessage(), f);
        });
        context.workspace()
                .engine()
                .awaitRunningThroughMoves(name, MOVING_PATIENCE)
                .ifPresent(seen -> {
                    throw new AssertionError("Expected the pipeline \"" + name
                            + "\" to be running (a connector being moved between workers gets "
                            + MOVING_PATIENCE.toSeconds() + " s), but its connectors are " + seen);
                });
    }

    @Means("the engine's plugin list has that class (`GET /connector-plugins`)")
    @Then("the engine offers the connector plugin {string}")
    public void offersPlugin(String connectorClass) {
        List<String> offered = context.workspace().engine().client().connectorPlugins().stream()
                .map(ConnectClient.ConnectorPlugin::className)
                .sorted()
                .toList();
        if (!offered.contains(connectorClass)) {
            throw new AssertionError("The engine does not offer the connector plugin " + connectorClass
                    + ". It offers: " + offered + ". Add its plugin to the setting sluice.stage-libraries "
                    + "(a known name, Maven coordinates groupId:artifactId:version[:extension[:classifier]], "
                    + "or path:<dir-or-archive>).");
        }
    }

    @Means("a refused start or a failed connector/task, with the engine's trace")
    @Then("the pipeline {string} fails with an error mentioning {string}")
    public void failsWith(String name, String text) {
        PipelineException failure = context.workspace().failures().consume(name).orElseGet(() -> {
            PipelineException found = awaitFailure(name);
            context.workspace().failures().record(found);
            context.workspace().failures().consume(name);
            return found;
        });
        if (!failure.getMessage().contains(text)) {
            throw new AssertionError("The pipeline \"" + name + "\" failed, but its error does not mention \"" + text
                    + "\":\n" + failure.getMessage());
        }
    }

    private PipelineException awaitFailure(String name) {
        context.workspace().pipeline(name);
        @SuppressWarnings("unchecked")
        Optional<PipelineException>[] failure = new Optional[] {Optional.empty()};
        try {
            Awaitility.await("pipeline " + name + " failed")
                    .atMost(FAILURE_PATIENCE)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> (failure[0] = context.workspace().engine().failure(name)).isPresent());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Expected the pipeline \"" + name + "\" to fail within "
                    + FAILURE_PATIENCE.toSeconds() + " s, but its connectors are "
                    + context.workspace().engine().statuses(name));
        }
        return failure[0].get();
    }
}
