package dev.sluice.sdk.system;

import java.nio.file.Path;

/**
 * Makes a file of the project (a data file a feature ships for a file connector) readable by the
 * pipeline engine, and says where the engine finds it: the same path where the engine shares the
 * tests' file system, a copy inside the engine's containers where it does not. The service
 * {@code files} of {@link Services}, behind the placeholder {@code ${file:<path>}}.
 */
@FunctionalInterface
public interface EngineFiles {
    String SERVICE = "files";

    /** The engine-side path of this existing file. */
    String engineSidePath(Path file);
}
