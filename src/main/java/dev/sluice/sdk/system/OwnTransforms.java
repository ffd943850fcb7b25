package dev.sluice.sdk.system;

import java.util.List;

/**
 * Sluice's own stage library of transforms, which run inside the worker. Named by class name only:
 * the test JVM never loads them (they are compiled against the Connect API, which the worker has).
 */
public final class OwnTransforms {
    public static final String PARSE_JSON = "dev.sluice.connect.ParseJson";
    public static final String DELETE_AS_ROW = "dev.sluice.connect.DeleteAsRow";

    public static final StageLibrary LIBRARY =
            StageLibrary.ownTransforms("sluice-transforms", "sluice.kafka.version", List.of(PARSE_JSON, DELETE_AS_ROW));

    private OwnTransforms() {}
}
