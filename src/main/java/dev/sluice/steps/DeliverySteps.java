package dev.sluice.steps;

import dev.sluice.report.Means;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.verify.Deliveries;
import dev.sluice.verify.Destination;
import dev.sluice.verify.DestinationAssertions;
import dev.sluice.workspace.Workspace;
import io.cucumber.java.en.Then;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Delivery guarantees, checked per key of the origin against a destination read directly. */
public class DeliverySteps {
    /** A restarted engine replays from its last committed offsets; catching up tens of thousands of rows takes a while on 2 cores. */
    private static final Duration DELIVERY_PATIENCE = Duration.ofSeconds(180);

    private final ScenarioContext context;

    public DeliverySteps(ScenarioContext context) {
        this.context = context;
    }

    @Means(
            "per key of the origin (its primary key): fails naming keys lost (up to 10); reports how many keys arrived more than once; refuses an empty origin")
    @Then("every row of the {endpoint} arrived in the {endpoint} at least once")
    public void atLeastOnce(Endpoint origin, Endpoint destination) {
        check("At least once", DestinationAssertions::deliveredAtLeastOnce, origin, destination);
    }

    @Means(
            "as above, and fails on any key delivered twice; only for destinations that keep every record (a topic, a lake), where a duplicate would show")
    @Then("every row of the {endpoint} arrived in the {endpoint} exactly once")
    public void exactlyOnce(Endpoint origin, Endpoint destination) {
        check("Exactly once", DestinationAssertions::deliveredExactlyOnce, origin, destination);
    }

    private interface Guarantee {
        Deliveries check(
                Destination origin,
                List<String> key,
                Destination destination,
                Duration timeout,
                Supplier<Optional<String>> abort);
    }

    /** Checks per key of the origin; the count goes into the report, as how many duplicates got through is worth knowing. */
    private void check(String name, Guarantee guarantee, Endpoint origin, Endpoint destination) {
        Workspace ws = context.workspace();
        Deliveries[] d = {null};
        new TracedChecks(context)
                .run(
                        destination,
                        () -> d[0] = guarantee.check(
                                ws.destination(origin),
                                ws.originSchema(origin).primaryKey(),
                                ws.destination(destination),
                                DELIVERY_PATIENCE,
                                ws::anyPipelineFailure));
        String line = name + ": " + d[0].describe();
        context.scenario().log(line);
        System.out.println("[sluice] " + line);
    }
}
