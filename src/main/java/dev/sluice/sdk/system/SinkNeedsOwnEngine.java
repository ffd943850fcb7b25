package dev.sluice.sdk.system;

/**
 * A destination whose sink connector must not share a worker with other scenarios' sinks. A scenario that writes
 * into it is tagged {@code @own-engine} (in {@code sluice.own-engine}'s default), and a pipeline into it on a
 * shared engine is refused where an engine of its own could have been given.
 */
public interface SinkNeedsOwnEngine {

    /** The tag that gives a scenario an engine of its own in the default {@code sluice.own-engine}. */
    String TAG = "@own-engine";

    /** Why, in a sentence, for the refusal and the docs. */
    String whyAnEngineOfItsOwn();
}
