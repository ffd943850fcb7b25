package dev.sluice.environment.local;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Services starting side by side, also those that wait for another (a worker started beside its
 * broker). When one fails, the starts still waiting are ended at once instead of waiting out their
 * timeout, and the first failure is the one reported.
 */
final class ConcurrentStarts {
    private final List<CompletableFuture<Void>> starting = new ArrayList<>();
    private final List<Runnable> aborts = new ArrayList<>();
    private final CompletableFuture<Void> firstFailure = new CompletableFuture<>();

    /** Begins {@code start} on another thread; {@code abort} ends it from this one if another start fails. */
    void begin(Runnable start, Runnable abort) {
        CompletableFuture<Void> started = CompletableFuture.runAsync(start);
        started.whenComplete((ignored, failure) -> {
            if (failure != null) {
                firstFailure.completeExceptionally(failure);
            }
        });
        starting.add(started);
        aborts.add(abort);
    }

    /** Returns when every start has succeeded; throws the first failure once every start has returned. */
    void awaitAll() {
        // A start that fails last completes allOf too, maybe before its own callback above has run: allOf's
        // outcome, not its completion alone, says whether every start passed (else a failed start read as ready).
        CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).whenComplete((ignored, failure) -> {
            if (failure == null) {
                firstFailure.complete(null);
            } else {
                firstFailure.completeExceptionally(failure);
            }
        });
        try {
            firstFailure.join();
        } catch (CompletionException e) {
            abortAndAwait();
            throw unwrap(e);
        }
    }

    /** Ends the starts still waiting and returns once each has returned: nothing is left starting behind close(). */
    void abortAndAwait() {
        aborts.forEach(Runnable::run);
        starting.forEach(service -> service.exceptionally(ignored -> null).join());
    }

    static RuntimeException unwrap(RuntimeException e) {
        return e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
    }
}
