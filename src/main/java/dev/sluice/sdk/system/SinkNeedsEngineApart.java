package dev.sluice.sdk.system;

/**
 * A destination whose sink connector must not share a worker with other systems' sinks. A scenario that writes into
 * it is tagged {@code @engine-apart} (in {@code sluice.engine-apart}'s default) and runs on the one engine the run
 * sets apart for such sinks; a pipeline into it on the run's engine is refused where that engine could have been
 * given. The engine apart is one for all such sinks: a second system that needs one would need its own.
 */
public interface SinkNeedsEngineApart {

    /** The tag that puts a scenario on the engine apart in the default {@code sluice.engine-apart}. */
    String TAG = "@engine-apart";

    /** Why, in a sentence, for the refusal and the docs. */
    String whyAnEngineApart();
}
