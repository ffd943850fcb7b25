package dev.sluice.workspace;

import dev.sluice.sdk.pipeline.PipelineEngine;
import dev.sluice.sdk.pipeline.PipelineException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pipeline failures of a workspace and which of them someone has looked at: a failure nobody
 * checked must not pass silently (the Cucumber glue fails the scenario with it).
 */
public final class FailureLedger {
    private final Map<String, PipelineException> failures = new LinkedHashMap<>();
    private final Set<String> checked = new HashSet<>();

    public synchronized void record(PipelineException failure) {
        failures.put(failure.pipeline(), failure);
        checked.remove(failure.pipeline());
    }

    /** The recorded failure of the pipeline, from now on counted as checked. */
    public synchronized Optional<PipelineException> consume(String pipeline) {
        checked.add(pipeline);
        return Optional.ofNullable(failures.get(pipeline));
    }

    /** Failures recorded, or seen in the engine now, of pipelines that nobody checked for failure. */
    synchronized Map<String, PipelineException> unchecked(Optional<PipelineEngine> engine) {
        Map<String, PipelineException> unchecked = new LinkedHashMap<>(failures);
        engine.ifPresent(e -> {
            for (String name : e.pipelineNames()) {
                if (!unchecked.containsKey(name)) {
                    e.failure(name).ifPresent(f -> unchecked.put(name, f));
                }
            }
        });
        unchecked.keySet().removeAll(checked);
        return unchecked;
    }

    /**
     * Any failure, recorded or seen in the engine now, that no step checked: a failure a scenario
     * expects (and checked) is no reason to stop waiting for the data of its other pipelines.
     */
    synchronized Optional<String> any(Optional<PipelineEngine> engine) {
        return unchecked(engine).values().stream().findFirst().map(PipelineException::getMessage);
    }
}
