package dev.sluice.sdk.pipeline;

import dev.sluice.sdk.format.RecordFormat;
import dev.sluice.sdk.format.RecordFormats;
import dev.sluice.sdk.system.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * origin → processors → destination, as the phrasebook describes it; or a team's own connector
 * configurations ({@link ConnectorFiles}), whose ends Sluice knows only when the feature names
 * them. Immutable.
 */
public record Pipeline(
        String name,
        Endpoint origin,
        List<Processor> processors,
        Endpoint destination,
        boolean exactlyOnce,
        ConnectorFiles files,
        RecordFormat format) {

    public Pipeline {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9 _.-]*")) {
            throw new IllegalArgumentException("Pipeline name '" + name
                    + "' must start with a letter or digit and use letters, digits, space, '.', '_' or '-'");
        }
        if (files == null && (origin == null || destination == null)) {
            throw new IllegalArgumentException("The pipeline '" + name + "' needs an origin and a destination");
        }
        processors = List.copyOf(processors);
        format = format == null ? RecordFormats.JSON : format;
    }

    /** A pipeline Sluice compiles, at least once, with these processors. */
    public Pipeline(String name, Endpoint origin, List<Processor> processors, Endpoint destination) {
        this(name, origin, processors, destination, false, null, null);
    }

    public static Pipeline of(String name, Endpoint origin, Endpoint destination) {
        return new Pipeline(name, origin, List.of(), destination);
    }

    /** A pipeline of the team's own connectors; its ends are unknown to Sluice. */
    public static Pipeline definedBy(String name, ConnectorFiles files) {
        return new Pipeline(name, null, List.of(), null, false, files, null);
    }

    /** A pipeline of the team's own connectors between these ends (what the timed fault steps watch). */
    public static Pipeline definedBy(String name, Endpoint origin, Endpoint destination, ConnectorFiles files) {
        return new Pipeline(name, origin, List.of(), destination, false, files, null);
    }

    public Pipeline with(Processor processor) {
        List<Processor> more = new ArrayList<>(processors);
        more.add(processor);
        return new Pipeline(name, origin, more, destination, exactlyOnce, files, format);
    }

    /**
     * The same pipeline, delivering exactly once: its source connector requires Kafka Connect's
     * exactly-once support (KIP-618), so records and source offsets are committed in one
     * transaction, and its topic is read committed-only.
     */
    public Pipeline deliveringExactlyOnce() {
        return new Pipeline(name, origin, processors, destination, true, files, format);
    }

    /**
     * The same pipeline, its topic's records in this format (JSON with schema unless told): every
     * connector Sluice compiles for it gets the format's converters. A team's own connector files
     * name their converters themselves.
     */
    public Pipeline writing(RecordFormat recordFormat) {
        if (files != null && !recordFormat.isDefault()) {
            throw new IllegalArgumentException(
                    "The " + describe() + " is configured by its files: set its "
                            + "converters there (\"value.converter\" and \"key.converter\" for " + recordFormat.name()
                            + ", with the placeholders of the service they need; src/site/markdown/record-formats.md has an example)");
        }
        return new Pipeline(name, origin, processors, destination, exactlyOnce, files, recordFormat);
    }

    /** The team's connector configurations, for a pipeline Sluice does not compile itself. */
    public Optional<ConnectorFiles> connectorFiles() {
        return Optional.ofNullable(files);
    }

    /** Whether the origin and the destination are known (always, unless the pipeline is defined by files only). */
    public boolean knowsItsEnds() {
        return origin != null && destination != null;
    }

    /** The destination, when known. */
    public Optional<Endpoint> knownDestination() {
        return Optional.ofNullable(destination);
    }

    public String describe() {
        String ends = knowsItsEnds() ? " from the " + origin.describe() + " to the " + destination.describe() : "";
        return "pipeline \"" + name + "\"" + ends
                + (files == null ? "" : " defined by the connector configurations in \"" + files.location() + "\"");
    }
}
