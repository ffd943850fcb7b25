package dev.sluice.sdk.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plugin built against another Kafka calls a class the engine's Kafka does not have: the trace
 * says NoClassDefFoundError, which reads like a broken installation, while it is version skew.
 */
public final class MissingKafkaClass implements FailureReading {
    private static final Pattern MISSING =
            Pattern.compile("(?:NoClassDefFoundError: |ClassNotFoundException: )(org[./]apache[./]kafka[./][\\w./$]+)");
    /** Classes Kafka moved, by the release that moved them, as met here. */
    private static final Map<String, String> MOVED = Map.of(
            "org.apache.kafka.common.utils.Sanitizer",
            "Kafka 4.4 moved it to org.apache.kafka.common.utils.internals",
            "org.apache.kafka.common.utils.AppInfoParser",
            "Kafka 4.4 moved it to org.apache.kafka.common.utils.internals");

    @Override
    public Optional<String> read(String trace) {
        Matcher missing = MISSING.matcher(trace);
        if (!missing.find()) {
            return Optional.empty();
        }
        String name = missing.group(1).replace('/', '.');
        String moved = MOVED.get(name);
        return Optional.of("the connector's plugin calls " + name + ", which the engine's Kafka does not have"
                + (moved == null ? "" : " (" + moved + ")") + ": the stage library was built against another Kafka "
                + "release. Use a release of it built for this core, or run a core the version matrix lists for it "
                + "(src/site/markdown/versions.md).");
    }
}
