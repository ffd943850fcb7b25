package dev.sluice.sdk.system;

import java.util.List;

/**
 * Something that needs stage libraries on the engine: every {@link DataSystem} (its connectors), and
 * plug-ins that are not systems (a schema registry's converters), registered in
 * {@code META-INF/services/dev.sluice.sdk.system.StageLibraryProvider}.
 */
public interface StageLibraryProvider {

    /** The stage libraries this provides, composed onto every engine that does not name its own list. */
    List<StageLibrary> stageLibraries();
}
