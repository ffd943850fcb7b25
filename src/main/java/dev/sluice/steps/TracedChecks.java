package dev.sluice.steps;

import dev.sluice.sdk.system.Endpoint;
import dev.sluice.verify.CheckFailure;
import dev.sluice.workspace.RowTraceText;
import dev.sluice.workspace.RowTraces;
import java.util.List;

/**
 * A keyed check that, when it fails, traces the keys it found wrong along the pipeline: the trace is
 * attached whole to the scenario (the living docs show it) and added, compact, to the failure.
 */
final class TracedChecks {
    private final ScenarioContext context;

    TracedChecks(ScenarioContext context) {
        this.context = context;
    }

    /** A failure of a check, with the traces of its wrong keys (none when the check is not per key). */
    record Traced(AssertionError failure, List<RowTraces.RowTrace> traces) {}

    /** Runs the check of {@code checked}; on a failure with keys, throws it again with their trace. */
    void run(Endpoint checked, Runnable check) {
        Traced traced = runCatching(checked, check);
        if (traced != null) {
            throw traced.failure();
        }
    }

    /** As {@link #run}, returning the failure (null when the check held) instead of throwing it. */
    Traced runCatching(Endpoint checked, Runnable check) {
        try {
            check.run();
            return null;
        } catch (CheckFailure failure) {
            if (failure.wrongKeys().isEmpty()) {
                return new Traced(failure, List.of());
            }
            List<RowTraces.RowTrace> traces = RowTraces.of(context.workspace(), checked, failure.wrongKeys());
            context.scenario().attach(RowTraceText.whole(traces), RowTraceText.MEDIA_TYPE, "where the rows went wrong");
            return new Traced(
                    new AssertionError(failure.getMessage() + "\n" + RowTraceText.compact(traces), null), traces);
        }
    }
}
