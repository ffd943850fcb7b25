package dev.sluice.environment.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenarios' own engines, one kept started ahead: the first is started when asked for; from then on, each one
 * handed out starts the next in the background, so a scenario that needs an engine of its own finds one ready
 * instead of waiting for a worker's start (several seconds). A spare whose start failed is not handed out: a
 * new one is started in its place, and its failure, if it fails again, is the scenario's.
 */
public final class WarmSpare<E> {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");

    private final Supplier<E> start;
    private CompletableFuture<E> spare;
    private boolean closed;

    public WarmSpare(Supplier<E> start) {
        this.start = start;
    }

    /** A started engine: the spare, or a new one when there is none; the next spare starts meanwhile. */
    public E take() {
        CompletableFuture<E> ready;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("The environment is closed: no engine of its own can start");
            }
            ready = spare;
            spare = CompletableFuture.supplyAsync(start);
        }
        if (ready != null) {
            try {
                return ready.join();
            } catch (CompletionException e) {
                LOG.warn("A spare engine did not start ({}); starting another", String.valueOf(e.getCause()));
            }
        }
        return start.get();
    }

    /**
     * No spare starts from now on; waits for one still starting, so that the environment's close, which stops
     * every engine it started, finds none half-started.
     */
    public void close() {
        CompletableFuture<E> pending;
        synchronized (this) {
            closed = true;
            pending = spare;
            spare = null;
        }
        if (pending != null) {
            pending.exceptionally(failed -> null).join();
        }
    }
}
