package dev.sluice.steps;

import dev.sluice.report.Means;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.LocatesRows;
import dev.sluice.workspace.RowTraceText;
import dev.sluice.workspace.RowTraces;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Scenarios that show what a failed check reports: the check runs without failing the step, the next step reads its trace. */
public class TraceSteps {
    private final ScenarioContext context;

    public TraceSteps(ScenarioContext context) {
        this.context = context;
    }

    @Means(
            "the check of \"contains exactly\", kept for the next step instead of failing this one: for a scenario that shows what a failure reports")
    @When("within {int} seconds the {endpoint} is checked to contain exactly:")
    public void checkedToContainExactly(int seconds, Endpoint endpoint, DataTable rows) {
        context.lastCheckFailure(new TracedChecks(context)
                .runCatching(endpoint, DestinationSteps.containsExactlyCheck(context, seconds, endpoint, rows)));
    }

    @Means(
            "the check before failed, its message traces the key (`column=value`), and the trace found that many records of the key in that place, each with where it is (a topic: partition, offset and time; the lake: data file and row)")
    @Then("that check failed, and its trace of {string} locates it {int} time(s) in the {endpoint}")
    public void traceLocates(String key, int times, Endpoint place) {
        TracedChecks.Traced failed = context.lastCheckFailure()
                .orElseThrow(() -> new AssertionError("The check held, so there is no trace to read: a trace is "
                        + "made only for a check that fails. Give the check rows the destination does not hold."));
        RowTraces.RowTrace trace = failed.traces().stream()
                .filter(t -> t.key().toString().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The failure traced no key " + key + "; it traced "
                        + failed.traces().stream().map(t -> t.key().toString()).toList() + ". Its message:\n"
                        + failed.failure().getMessage()));
        RowTraces.RowTrace.Stop stop = trace.stops().stream()
                .filter(s -> s.place().equals(place.describe()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "The trace of " + key + " does not pass the " + place.describe() + "; its places are "
                                + trace.stops().stream()
                                        .map(RowTraces.RowTrace.Stop::place)
                                        .toList()));
        String whole = RowTraceText.whole(java.util.List.of(trace));
        if (stop.found().size() != times
                || stop.found().stream().map(LocatesRows.Located::where).anyMatch(String::isBlank)) {
            throw new AssertionError("Expected the trace to find " + key + " " + times + " time(s) in the "
                    + place.describe() + ", each record with where it is; it shows:\n" + whole);
        }
        if (!failed.failure().getMessage().contains("key " + key)) {
            throw new AssertionError("The failure's message does not carry the trace of " + key + ":\n"
                    + failed.failure().getMessage());
        }
    }
}
