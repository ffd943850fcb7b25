package dev.sluice.sdk.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * What a known connector failure means and what to change, read from the engine's trace: a
 * connector's own message is often a stack trace or a NullPointerException. Plug-ins that know a
 * connector register readings in {@code META-INF/services/dev.sluice.sdk.pipeline.FailureReading}.
 */
public interface FailureReading {

    /** The plain-language reading of this trace (what happened, what to change), if this reading knows it. */
    Optional<String> read(String trace);

    /** The readings of every registered plug-in that knows the trace, in one text; empty when none does. */
    static Optional<String> of(String trace) {
        if (trace == null) {
            return Optional.empty();
        }
        List<String> readings = Registered.ALL.stream()
                .map(reading -> reading.read(trace))
                .flatMap(Optional::stream)
                .toList();
        return readings.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", readings));
    }

    /** Loaded once: readings are stateless. */
    final class Registered {
        private static final List<FailureReading> ALL =
                ServiceLoader.load(FailureReading.class, FailureReading.class.getClassLoader()).stream()
                        .map(ServiceLoader.Provider::get)
                        .toList();

        private Registered() {}
    }
}
