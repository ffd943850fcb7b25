package dev.sluice.sdk.pipeline;

import dev.sluice.sdk.system.Endpoint;
import java.util.ArrayList;
import java.util.List;

/** origin → processors → destination, as the phrasebook describes it. Immutable. */
public record Pipeline(
        String name, Endpoint origin, List<Processor> processors, Endpoint destination, boolean exactlyOnce) {

    public Pipeline {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9 _.-]*")) {
            throw new IllegalArgumentException("Pipeline name '" + name
                    + "' must start with a letter or digit and use letters, digits, space, '.', '_' or '-'");
        }
        processors = List.copyOf(processors);
    }

    /** An at-least-once pipeline with these processors. */
    public Pipeline(String name, Endpoint origin, List<Processor> processors, Endpoint destination) {
        this(name, origin, processors, destination, false);
    }

    public static Pipeline of(String name, Endpoint origin, Endpoint destination) {
        return new Pipeline(name, origin, List.of(), destination);
    }

    public Pipeline with(Processor processor) {
        List<Processor> more = new ArrayList<>(processors);
        more.add(processor);
        return new Pipeline(name, origin, more, destination, exactlyOnce);
    }

    /**
     * The same pipeline, delivering exactly once: its source connector requires Kafka Connect's
     * exactly-once support (KIP-618), so records and source offsets are committed in one
     * transaction, and its topic is read committed-only.
     */
    public Pipeline deliveringExactlyOnce() {
        return new Pipeline(name, origin, processors, destination, true);
    }

    public String describe() {
        return "pipeline \"" + name + "\" from the " + origin.describe() + " to the " + destination.describe();
    }
}
