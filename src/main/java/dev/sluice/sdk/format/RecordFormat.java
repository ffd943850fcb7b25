package dev.sluice.sdk.format;

import dev.sluice.sdk.system.ConnectorContext;
import java.util.Map;

/**
 * How the records of a generated pipeline's topic are written and read by its connectors: Kafka
 * Connect's JSON with schema (the engine's default), or a format of a plug-in such as Avro through
 * a schema registry. Found by name in {@link RecordFormats}.
 */
public interface RecordFormat {

    /** The name a feature gives it ({@code Avro}), compared without regard to case. */
    String name();

    /** The key and value converter settings of every connector of a pipeline in this format; none for the default. */
    Map<String, String> converters(ConnectorContext context);

    /**
     * How a scenario writes rows into a topic in this format ({@code has records in Avro:}), its
     * schema registered where it needs one; empty for the default, which the topic's system writes itself.
     */
    default java.util.Optional<RecordEncoder> encoder(dev.sluice.sdk.system.Services services) {
        return java.util.Optional.empty();
    }

    /** Whether this is the engine's own default, which needs no converter settings. */
    default boolean isDefault() {
        return false;
    }
}
