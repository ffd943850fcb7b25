package dev.sluice.sdk.pipeline;

import dev.sluice.sdk.Redactor;

/**
 * A pipeline was refused by the engine (or by Sluice before reaching it) or one of its connectors
 * or tasks failed. The message carries the reason and, for failures, the engine's trace.
 */
public class PipelineException extends RuntimeException {
    private final String pipeline;
    private final String trace;

    public PipelineException(String pipeline, String reason, String trace, Throwable cause) {
        super(
                Redactor.redact("Pipeline \"" + pipeline + "\" " + reason
                        + FailureReading.of(trace)
                                .map(r -> "\nWhat this means: " + r)
                                .orElse("")
                        + (trace == null ? "" : "\nEngine trace:\n" + trace)),
                cause);
        this.pipeline = pipeline;
        this.trace = trace == null ? null : Redactor.redact(trace);
    }

    /** Refused before anything was created: the cause says what was wrong and how to fix it. */
    public static PipelineException refused(String pipeline, IllegalArgumentException cause) {
        return new PipelineException(pipeline, "was refused: " + cause.getMessage(), null, cause);
    }

    public String pipeline() {
        return pipeline;
    }

    /** The connector's or task's stack trace, when the engine gave one. */
    public String trace() {
        return trace;
    }
}
