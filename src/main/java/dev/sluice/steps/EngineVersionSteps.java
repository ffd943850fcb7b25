package dev.sluice.steps;

import dev.sluice.environment.Capabilities;
import dev.sluice.environment.Environment;
import dev.sluice.environment.Settings;
import dev.sluice.environment.UpgradableEngine;
import dev.sluice.report.Means;
import dev.sluice.sdk.pipeline.PipelineException;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * Upgrades inside a scenario: the engine's workers are replaced by workers of another core or
 * stage-library version, in the same group with the same storage topics. Only environments that
 * own their engine can; elsewhere such scenarios are skipped. The run's versions come back after
 * the scenario, once its pipelines are gone.
 */
public class EngineVersionSteps {
    private final ScenarioContext context;
    private boolean changed;
    /** The last change that was refused, until a step checks it; unchecked, it fails the scenario. */
    private RuntimeException refusal;

    public EngineVersionSteps(ScenarioContext context) {
        this.context = context;
    }

    @Before("@upgrade")
    public void requireOwnEngine(Scenario scenario) {
        Environment environment = context.workspace().environment();
        if (!environment.controlsServices()) {
            throw new TestAbortedException("Skipped: the " + environment.name()
                    + " environment's engine is not Sluice's to replace, so it cannot be upgraded (@upgrade)");
        }
        if (upgradeFrom().isPresent() && scenario.getSourceTagNames().contains("@fixed-versions")) {
            throw new TestAbortedException("Skipped: -D" + Settings.KAFKA_VERSION + "=A>B runs upgrades from A to B; "
                    + "this scenario's versions are its own (@fixed-versions)");
        }
    }

    @Means(
            "the scenario's engine: its workers stop and workers of that core start in the same group, with the stage-library versions of the version matrix for it; back to the run's core after the scenario. With `-Dsluice.kafka.version=A>B` the core is A")
    @Given("the pipeline engine runs core version {string}")
    public void runsCore(String version) {
        String core = upgradeFrom().orElse(version);
        change(() -> upgradable().runEngineOnCore(core));
    }

    @Means(
            "the workers stop cleanly (offsets committed) and workers of that core start in the same group with the same config, offset and status topics and the same stage-library versions; waits until every pipeline of the scenario runs again, or records the engine's own error. With `-Dsluice.kafka.version=A>B` the core is B, with B's stage libraries (the product as a whole)")
    @When("the pipeline engine is upgraded to core version {string}")
    public void upgradeCore(String version) {
        if (upgradeFrom().isPresent()) {
            // As the StreamSets Test Framework's 'A>B': the product as a whole, stage libraries included.
            String core = SharedEnvironment.settings().get(Settings.KAFKA_VERSION);
            change(() -> upgradable().runEngineOnCore(core));
        } else {
            change(() -> upgradable().upgradeEngineCore(version));
        }
    }

    @Means(
            "as above, but the workers of that core get the stage-library versions of the version matrix for it (Debezium's too): Kafka and its connectors upgraded in one change. With `-Dsluice.kafka.version=A>B` the core is B")
    @When("the pipeline engine is upgraded to core version {string} with the stage libraries built for it")
    public void upgradeCoreAndLibraries(String version) {
        String core = upgradeFrom().isPresent() ? SharedEnvironment.settings().get(Settings.KAFKA_VERSION) : version;
        change(() -> upgradable().runEngineOnCore(core));
    }

    @Means(
            "the workers restart with that stage library (a known name, e.g. `debezium-postgres`) at that version, on the same core, after the consistency check; then as above")
    @When("the stage library {string} is upgraded to version {string}")
    public void upgradeStageLibrary(String library, String version) {
        change(() -> upgradable().upgradeStageLibrary(library, version));
    }

    @Means(
            "the last engine change was refused before any worker stopped (a stage library built for a newer core) or its workers did not start (their log tail is in the error); the engine then runs as before the change")
    @Then("the engine change is refused with an error mentioning {string}")
    public void refusedWith(String text) {
        RuntimeException refused = refusal;
        refusal = null;
        if (refused == null) {
            throw new AssertionError("The engine change was not refused: the engine runs the versions asked for");
        }
        if (!String.valueOf(refused.getMessage()).contains(text)) {
            throw new AssertionError(
                    "The engine change was refused, but its error does not mention \"" + text + "\":\n"
                            + refused.getMessage(),
                    refused);
        }
    }

    /** After the scenario's own clean-up (a lower order runs later): its connectors are gone by then. */
    @After(order = 100)
    public void restoreEngine() {
        if (changed) {
            upgradable().restoreEngine();
        }
        if (refusal != null) {
            throw new AssertionError(
                    "The scenario ended with a refused engine change that no step checked (use 'Then the engine "
                            + "change is refused with an error mentioning \"...\"'):\n" + refusal.getMessage(),
                    refusal);
        }
    }

    private UpgradableEngine upgradable() {
        return Capabilities.require(
                context.workspace().environment(), UpgradableEngine.class, "change its engine's versions");
    }

    /**
     * A refused change is kept for a later step; a pipeline that fails after the change is recorded
     * as any pipeline failure ('Then the pipeline ... fails with an error mentioning').
     */
    private void change(Runnable change) {
        changed = true;
        try {
            change.run();
        } catch (UnsupportedOperationException notHere) {
            throw new TestAbortedException("Skipped: " + notHere.getMessage());
        } catch (IllegalArgumentException mistyped) {
            // An unknown stage library or a version that is no version: the sentence is wrong, not the engine.
            throw mistyped;
        } catch (RuntimeException refused) {
            refusal = refused;
            context.scenario().log("The engine change was refused: " + refused.getMessage());
            return;
        }
        context.workspace().engineIfStarted().ifPresent(engine -> {
            try {
                engine.awaitAllRunning();
            } catch (PipelineException failed) {
                context.workspace().failures().record(failed);
            }
        });
    }

    /** {@code -Dsluice.kafka.version=A>B}: the command line chooses the versions of an upgrade run. */
    private static Optional<String> upgradeFrom() {
        return SharedEnvironment.settings().find(Settings.UPGRADE_FROM);
    }
}
