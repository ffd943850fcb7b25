package dev.sluice.environment.local;

import dev.sluice.environment.shared.WarmSpare;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Scenarios' own engines in the local environment: siblings of the run's engine, one kept warm, all stopped with it. */
final class LocalOwnEngines {
    private final Supplier<EngineCluster> runEngine;
    /** Every one started, listed before it starts: a worker whose start fails is stopped with the run at the latest. */
    private final List<EngineCluster> started = new CopyOnWriteArrayList<>();

    private final AtomicInteger numbers = new AtomicInteger();
    private final WarmSpare<EngineCluster> spare = new WarmSpare<>(this::start);
    private volatile boolean closing;

    LocalOwnEngines(Supplier<EngineCluster> runEngine) {
        this.runEngine = runEngine;
    }

    /** A started engine of its own (one worker, named {@code engine-<n>-connect}, in the group {@code <run's>-engine-<n>}). */
    EngineCluster take() {
        return spare.take();
    }

    private EngineCluster start() {
        int number = numbers.incrementAndGet();
        EngineCluster run = runEngine.get();
        EngineCluster engine = run.sibling(run.workers().group() + "-engine-" + number, "engine-" + number + "-");
        started.add(engine);
        if (closing) {
            throw new IllegalStateException("The environment is closing: no engine of its own starts");
        }
        engine.workers().scaleTo(1);
        return engine;
    }

    /** Every worker of every one started, running or not. */
    List<ConnectWorker> workers() {
        return started.stream()
                .flatMap(engine -> engine.workers().all().stream())
                .toList();
    }

    /** Stops every worker of every one, the spare's too, starting or not. */
    void stopAll(Consumer<LocalJvmService> stop) {
        // A spare still starting is ended, not waited for: an interrupted run ends in seconds, not a worker's start.
        closing = true;
        started.forEach(engine -> engine.workers().abortStarting());
        spare.close();
        for (EngineCluster engine : started) {
            engine.workers().abortStarting();
            engine.workers().all().forEach(stop);
        }
    }
}
