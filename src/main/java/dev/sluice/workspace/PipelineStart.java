package dev.sluice.workspace;

import dev.sluice.sdk.pipeline.PipelineException;
import java.util.Optional;

/**
 * How a pipeline's start ended: it runs, or it was refused or failed. A failure is reported one way,
 * in the workspace's failure ledger (a later step or eventual check finds it there); {@link #orThrow()}
 * is for SDK code that wants it at once.
 */
public record PipelineStart(String pipeline, Optional<PipelineException> failure) {

    public boolean started() {
        return failure.isEmpty();
    }

    /** Throws the refusal or failure, if any. */
    public void orThrow() {
        failure.ifPresent(e -> {
            throw e;
        });
    }
}
