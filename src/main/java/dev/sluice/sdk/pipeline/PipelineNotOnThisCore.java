package dev.sluice.sdk.pipeline;

/**
 * A pipeline refused because a stage library it needs declares that its release fails on the
 * engine's Kafka release: not a mistake of the pipeline, but a version pair that does not run. A
 * suite run on such a core can skip the scenario, saying this, where it would fail on the engine's error.
 */
public final class PipelineNotOnThisCore extends PipelineException {
    PipelineNotOnThisCore(String pipeline, String reason) {
        super(pipeline, "was refused: " + reason, null, null);
    }
}
