package dev.sluice.sdk.pipeline;

import dev.sluice.sdk.ConnectClient.ConnectorPlugin;
import dev.sluice.sdk.system.StageLibrary;
import dev.sluice.sdk.system.VersionDefaults.CoreBreak;
import java.util.List;
import java.util.Optional;

/**
 * Connectors whose stage library declares that the release the engine runs fails on the engine's
 * core ({@link CoreBreak}): refused before anything is created, saying why and what runs instead,
 * where the engine would only fail the task once it starts.
 */
public final class KnownCoreBreaks {
    private KnownCoreBreaks() {}

    /** The package of Kafka's own connectors (connect-file, MirrorMaker): they follow their release's internals. */
    private static final String KAFKAS_OWN = "org.apache.kafka.connect.";

    /** Why these connectors cannot run on a worker of this Kafka release with these plugins, if they cannot. */
    static Optional<String> refusal(String kafkaVersion, List<ConnectorPlugin> plugins, List<ConnectorSpec> specs) {
        for (ConnectorSpec spec : specs) {
            Optional<String> own = withoutVersion(kafkaVersion, plugins, spec.connectorClass());
            if (own.isPresent()) {
                return Optional.of("needs " + own.get() + " (its " + spec.role() + " connector)");
            }
            Optional<StageLibrary> library = StageLibrary.providing(spec.connectorClass());
            Optional<CoreBreak> declared =
                    library.flatMap(l -> l.versionDefaults()).flatMap(d -> d.coreBreak());
            Optional<String> running = plugins.stream()
                    .filter(p -> p.className().equals(spec.connectorClass()))
                    .map(ConnectorPlugin::version)
                    .findFirst();
            if (declared.isEmpty() || running.isEmpty()) {
                continue;
            }
            CoreBreak coreBreak = declared.get();
            if (compare(kafkaVersion, coreBreak.fromCoreLine()) >= 0
                    && compare(running.get(), coreBreak.throughVersion()) <= 0) {
                return Optional.of("needs the stage library '" + library.get().id() + "' " + running.get() + " (its "
                        + spec.role() + " connector), which does not run on Kafka " + kafkaVersion + ": "
                        + coreBreak.why() + ". No release of it up to " + coreBreak.throughVersion()
                        + " runs on Kafka " + coreBreak.fromCoreLine() + " or newer; run it on an older core "
                        + "(sluice.kafka.version) or try a newer release ("
                        + library.get().versionSetting() + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * Why one of Kafka's own connectors cannot run on this worker, if the worker lists it without a
     * version: its {@code version()} failed there, as Kafka's plugins of another release do (each calls its
     * release's internals; 4.3's call AppInfoParser, which 4.4 moved). It happens where the worker's own
     * release of them is not served by the Maven repositories and the nearest served release was taken.
     */
    public static Optional<String> withoutVersion(
            String kafkaVersion, List<ConnectorPlugin> plugins, String connectorClass) {
        return plugins.stream()
                .filter(p -> p.className().equals(connectorClass) && connectorClass.startsWith(KAFKAS_OWN))
                .filter(p -> p.version() == null
                        || p.version().isBlank()
                        || p.version().equals("undefined"))
                .findFirst()
                .map(p -> "Kafka's own connector " + connectorClass + ", which this Kafka " + kafkaVersion
                        + " worker lists without a version: its version() failed there, as Kafka's plugins of "
                        + "another release do (they call their release's internals). The worker's own release of "
                        + "them is not served by the Maven repositories reachable here (src/site/markdown/versions.md, "
                        + "'Kafka's own plugins'); run on a core whose release is served (sluice.kafka.version)");
    }

    /** Compares dotted versions by their numbers ({@code 4.4.0} with the line {@code 4.4}, {@code 3.7.0.Final}); a missing number is 0. */
    static int compare(String version, String other) {
        List<Integer> a = numbers(version);
        List<Integer> b = numbers(other);
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int left = i < a.size() ? a.get(i) : 0;
            int right = i < b.size() ? b.get(i) : 0;
            if (left != right) {
                return Integer.compare(left, right);
            }
        }
        return 0;
    }

    private static List<Integer> numbers(String version) {
        return java.util.Arrays.stream(version.split("[.-]"))
                .takeWhile(part -> part.matches("\\d+"))
                .map(Integer::valueOf)
                .toList();
    }
}
