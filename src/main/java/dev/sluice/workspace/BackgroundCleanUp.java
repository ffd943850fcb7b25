package dev.sluice.workspace;

import dev.sluice.sdk.Redactor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Closes finished workspaces on a thread of its own, so the next scenario need not wait for a
 * finished one's connectors, database and topics to go. Whoever needs a quiet engine (a scenario
 * that kills or replaces services, the end of the run) waits for it first. A clean-up that fails is
 * kept, and the run reports it: nothing may be left behind unnoticed.
 */
public final class BackgroundCleanUp {
    /** Started by the first clean-up of a run, stopped by {@link #finish()}. */
    private ExecutorService executor;

    private final List<Future<?>> pending = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<Duration> durations = new ArrayList<>();

    /** Closes the workspace in the background; {@code what} names it in a failure. */
    public synchronized void submit(String what, Workspace workspace) {
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "sluice-clean-up");
                t.setDaemon(true);
                return t;
            });
        }
        pending.add(executor.submit(() -> closeNow(what, workspace)));
    }

    /**
     * Closes the workspace on this thread, for a scenario after which something needs its
     * connectors gone (an engine put back after an upgrade); counted and reported as any other.
     */
    public void closeNow(String what, Workspace workspace) {
        long begin = System.nanoTime();
        try {
            workspace.close();
        } catch (RuntimeException e) {
            failed(what, e);
        } finally {
            took(Duration.ofNanos(System.nanoTime() - begin));
        }
    }

    /** Waits until every clean-up submitted so far has finished (or the timeout has passed, which is a failure). */
    public void awaitAll(Duration timeout) {
        List<Future<?>> now;
        synchronized (this) {
            now = List.copyOf(pending);
            pending.clear();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Future<?> f : now) {
            try {
                f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                failed("a clean-up", new IllegalStateException("still running after " + timeout.toSeconds() + " s"));
            } catch (ExecutionException e) {
                failed("a clean-up", new IllegalStateException(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized void failed(String what, RuntimeException e) {
        failures.add(what + ": " + Redactor.redact(String.valueOf(e)));
    }

    private synchronized void took(Duration d) {
        durations.add(d);
    }

    /** How long each finished clean-up took. */
    public synchronized List<Duration> durations() {
        return List.copyOf(durations);
    }

    /**
     * Waits for what is pending (a long while: the environment closes next), stops the thread and
     * returns the failures of every clean-up since the last finish; a later run starts afresh.
     */
    public List<String> finish() {
        awaitAll(Duration.ofMinutes(5));
        synchronized (this) {
            if (executor != null) {
                executor.shutdownNow();
                executor = null;
            }
            List<String> failed = List.copyOf(failures);
            failures.clear();
            durations.clear();
            return failed;
        }
    }
}
