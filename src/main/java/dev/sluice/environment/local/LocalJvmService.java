package dev.sluice.environment.local;

import dev.sluice.environment.Service;
import dev.sluice.environment.ServiceStartException;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link Service} that is one child JVM: launch, wait for readiness, report why when it fails. */
abstract class LocalJvmService implements Service {
    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final int LOG_LINES_ON_FAILURE = 40;

    protected final RunDirectory run;
    protected final Duration startTimeout;
    private volatile ChildJvm process;
    private volatile boolean aborted;
    private Duration startedIn;
    private boolean restarting;

    protected LocalJvmService(RunDirectory run, Duration startTimeout) {
        this.run = run;
        this.startTimeout = startTimeout;
    }

    /** Writes configuration and starts the child JVM; called once per start. */
    protected abstract ChildJvm launch();

    /** Ready when all of these hold, checked in order. */
    protected abstract List<Wait.Strategy> readiness();

    @Override
    public final synchronized void start() {
        if (isRunning()) {
            return;
        }
        long begin = System.nanoTime();
        try {
            process = launch().start();
            for (Wait.Strategy strategy : readiness()) {
                awaitReady(strategy);
            }
        } catch (ServiceStartException e) {
            stop();
            throw e;
        } catch (RuntimeException e) {
            List<String> tail = process == null ? List.of() : process.logTail(LOG_LINES_ON_FAILURE);
            stop();
            throw new ServiceStartException(
                    name(),
                    String.valueOf(e.getMessage()),
                    process == null ? null : process.logFile().toString(),
                    tail,
                    e);
        }
        startedIn = Duration.ofNanos(System.nanoTime() - begin);
        LOG.info(
                "{} ready in {} s ({})",
                name(),
                String.format("%.1f", startedIn.toMillis() / 1000.0),
                describeEndpoint());
    }

    private void awaitReady(Wait.Strategy strategy) {
        try {
            Awaitility.await(name() + " to be ready")
                    .atMost(startTimeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions()
                    .failFast(name() + " process ended", () -> aborted || !process.isAlive())
                    .until(() -> strategy.isReady(process));
        } catch (ConditionTimeoutException e) {
            throw failure("no " + strategy.description() + " within " + startTimeout.toSeconds() + " s", e);
        } catch (TerminalFailureException e) {
            throw failure("the process " + process.describeExit() + " before " + strategy.description(), e);
        }
    }

    private ServiceStartException failure(String reason, Exception cause) {
        return new ServiceStartException(
                name(), reason, process.logFile().toString(), process.logTail(LOG_LINES_ON_FAILURE), cause);
    }

    /**
     * Ends a start that another thread waits on, without waiting for it: its process is killed and the wait fails
     * at once. For a service started beside one it needs (the worker beside its broker) when that one failed.
     */
    final void abortStart() {
        aborted = true;
        ChildJvm p = process;
        if (p != null) {
            p.kill();
        }
    }

    /** Where the service answers, for the progress line. */
    protected abstract String describeEndpoint();

    long pid() {
        ChildJvm p = process;
        return p == null ? -1 : p.pid();
    }

    @Override
    public final synchronized void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
            process = null;
        }
    }

    @Override
    public final synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Kills the process (SIGKILL) and leaves it dead. */
    public final synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    /** Kills the process (SIGKILL) and starts the service again, on the same ports and data. */
    public final synchronized void killAndRestart() {
        if (process != null) {
            process.kill();
            process = null;
        }
        restarting = true;
        try {
            start();
        } finally {
            restarting = false;
        }
    }

    /** Stops the service cleanly and starts it again, on the same ports and data. */
    public final synchronized void restart() {
        stop();
        restarting = true;
        try {
            start();
        } finally {
            restarting = false;
        }
    }

    /** True while the service starts again: it must keep its data. */
    protected boolean restarting() {
        return restarting;
    }

    public Duration startedIn() {
        return startedIn;
    }

    public List<String> logTail(int lines) {
        ChildJvm p = process;
        return p == null ? List.of() : p.logTail(lines);
    }

    /** The process itself, for fault injection (kill and restart). */
    protected ChildJvm process() {
        return process;
    }
}
