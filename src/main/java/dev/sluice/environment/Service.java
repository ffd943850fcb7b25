package dev.sluice.environment;

/**
 * The one lifecycle contract of every service Sluice talks to, whether it runs as a local child
 * process, a container or somewhere else: {@link #start()} is idempotent, {@link #stop()} is safe
 * when nothing runs, and closing stops.
 */
public interface Service extends AutoCloseable {

    /** A short name used in progress lines and error messages, e.g. "kafka". */
    String name();

    /** Starts the service and returns once it is ready; does nothing when it already runs. */
    void start();

    /** Stops the service and frees what it holds; does nothing when it does not run. */
    void stop();

    boolean isRunning();

    @Override
    default void close() {
        stop();
    }
}
