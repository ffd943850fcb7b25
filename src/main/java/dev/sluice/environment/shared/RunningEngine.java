package dev.sluice.environment.shared;

import java.net.URI;
import java.util.List;

/** An engine's workers as an environment runs them (child JVMs, containers): the group, where it answers, its log. */
public interface RunningEngine {
    WorkerCluster<?> workers();

    /** The REST API of the worker that answers for the engine; {@code null} before one started. */
    URI url();

    /** The last lines of the answering worker's log; empty before one started. */
    List<String> logTail(int lines);
}
