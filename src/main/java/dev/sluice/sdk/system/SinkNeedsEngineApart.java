package dev.sluice.sdk.system;

/**
 * A destination whose sink connector must not share a worker with other systems' sinks. A scenario that writes into
 * it is tagged {@code @engine-apart} (in {@code sluice.engine-apart}'s default) and runs on the one engine the run
 * sets apart for such sinks; a pipeline into it on the run's engine is refused where that engine could have been
 * given. One system needs it today (MariaDB); a second one would need an engine apart from the first's.
 */
public interface SinkNeedsEngineApart {

    /** The tag that puts a scenario on the engine apart in the default {@code sluice.engine-apart}. */
    String TAG = "@engine-apart";

    /** Why, in a sentence, for the refusal and the docs. */
    String whyAnEngineApart();
}
