package dev.sluice.verify;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * Every eventual check of Sluice: poll until a deadline, and when it passes, fail with what was
 * expected and what was seen when last checked (the style of Kafka Connect's own test assertions).
 * A deadline that passes before the first look has finished (a lake's first scan on a loaded machine)
 * interrupts it, like any poll in progress; then one more look is taken to its end and decides: a check
 * that never saw anything could not say what it saw, nor which rows to trace. A check may also say cheaply why
 * it cannot hold yet (a topic's offsets span fewer records than it needs): the full look is then skipped, and if
 * the deadline passes on such an answer, one full look is taken after it, so that the failure names the rows.
 */
public final class Eventually {
    private static final Duration POLL_INTERVAL = Duration.ofMillis(300);

    private Eventually() {}

    /**
     * What a check saw: whether it holds, a description of what it saw, and the keys of the rows
     * that were wrong (missing, different, twice, out of order), for a trace of each; none where the
     * check is not per key.
     */
    public record Observation(boolean holds, String seen, List<RowKey> wrongKeys) {
        public static Observation of(boolean holds, String seen) {
            return new Observation(holds, seen, List.of());
        }

        public static Observation of(boolean holds, String seen, List<RowKey> wrongKeys) {
            return new Observation(holds, seen, List.copyOf(wrongKeys));
        }
    }

    /**
     * Polls {@code check} until it holds or {@code timeout} passes. {@code abort} is asked between
     * polls: a reason there (e.g. the pipeline failed) ends the wait at once, as nothing can recover.
     */
    public static void check(
            String expectation, Duration timeout, Callable<Observation> check, Supplier<Optional<String>> abort) {
        check(expectation, timeout, check, abort, POLL_INTERVAL);
    }

    /** As {@link #check(String, Duration, Callable, Supplier)}, polling at the given interval. */
    public static void check(
            String expectation,
            Duration timeout,
            Callable<Observation> check,
            Supplier<Optional<String>> abort,
            Duration pollInterval) {
        check(expectation, timeout, Optional::empty, check, abort, pollInterval);
    }

    /**
     * As {@link #check(String, Duration, Callable, Supplier)}, asking {@code notYet} first: a reason there (found
     * cheaply) means the check cannot hold yet, and the full look is skipped this time.
     */
    public static void check(
            String expectation,
            Duration timeout,
            Callable<Optional<String>> notYet,
            Callable<Observation> check,
            Supplier<Optional<String>> abort) {
        check(expectation, timeout, notYet, check, abort, POLL_INTERVAL);
    }

    private static void check(
            String expectation,
            Duration timeout,
            Callable<Optional<String>> notYet,
            Callable<Observation> check,
            Supplier<Optional<String>> abort,
            Duration pollInterval) {
        String[] lastSeen = {null};
        boolean[] onlyCounted = {false};
        java.util.concurrent.atomic.AtomicReference<List<RowKey>> lastWrong =
                new java.util.concurrent.atomic.AtomicReference<>(List.of());
        String[] abortReason = {null};
        try {
            Awaitility.await(expectation)
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(pollInterval)
                    .failFast("aborted", () -> {
                        abortReason[0] = abort.get().orElse(null);
                        return abortReason[0] != null;
                    })
                    .until(() -> {
                        try {
                            Optional<String> cannotHoldYet = notYet.call();
                            if (cannotHoldYet.isPresent()) {
                                lastSeen[0] = cannotHoldYet.get();
                                lastWrong.set(List.of());
                                onlyCounted[0] = true;
                                return false;
                            }
                            Observation o = check.call();
                            lastSeen[0] = o.seen();
                            lastWrong.set(o.wrongKeys());
                            onlyCounted[0] = false;
                            return o.holds();
                        } catch (Exception e) {
                            // The deadline interrupts a poll in progress: what was seen before stays the report.
                            if (!interrupted(e)) {
                                lastSeen[0] = "an error: " + e.getMessage();
                            }
                            return false;
                        }
                    });
        } catch (ConditionTimeoutException e) {
            if (lastSeen[0] == null) {
                lookOnceMore(expectation, timeout, check, "its first look took longer than that");
                return;
            }
            if (onlyCounted[0]) {
                lookOnceMore(expectation, timeout, check, "until then it was counted only: " + lastSeen[0]);
                return;
            }
            throw new CheckFailure(
                    "Expected within " + timeout.toSeconds() + " s: " + expectation + "\nLast seen: " + lastSeen[0],
                    lastWrong.get());
        } catch (TerminalFailureException e) {
            throw new CheckFailure(
                    "Gave up waiting for: " + expectation + "\nbecause " + abortReason[0] + "\nLast seen: "
                            + (lastSeen[0] == null ? "nothing yet (the first look had not finished)" : lastSeen[0]),
                    lastWrong.get());
        }
    }

    /**
     * One more look after the deadline, taken to its end, when no full look finished before it (it interrupted the
     * first, or the check was only counted): passes if it holds, fails with what it saw.
     */
    private static void lookOnceMore(String expectation, Duration timeout, Callable<Observation> check, String why) {
        Observation o;
        try {
            o = check.call();
        } catch (Exception e) {
            throw new CheckFailure(
                    "Expected within " + timeout.toSeconds() + " s: " + expectation + "\nLast seen: an error: "
                            + e.getMessage(),
                    List.of());
        }
        if (!o.holds()) {
            throw new CheckFailure(
                    "Expected within " + timeout.toSeconds() + " s: " + expectation + "\nLast seen (" + why
                            + "; one more look, taken to its end): " + o.seen(),
                    o.wrongKeys());
        }
    }

    static boolean interrupted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException
                    || t.getClass().getSimpleName().equals("InterruptException")) {
                return true;
            }
        }
        return Thread.currentThread().isInterrupted();
    }
}
