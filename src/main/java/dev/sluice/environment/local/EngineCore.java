package dev.sluice.environment.local;

import dev.sluice.environment.CoreVersion;
import java.nio.file.Path;
import java.util.List;

/** A Kafka Connect core a local worker runs on: its version (what the worker understands) and its class path. */
record EngineCore(CoreVersion version, List<Path> classpath) {
    EngineCore {
        classpath = List.copyOf(classpath);
    }
}
