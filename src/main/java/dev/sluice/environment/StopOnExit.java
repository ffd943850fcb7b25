package dev.sluice.environment;

/**
 * Closes an environment when the JVM shuts down (Ctrl-C, SIGTERM, end of tests), unless it was
 * closed before: one hook per started environment, withdrawn on a normal close.
 */
public final class StopOnExit {
    private final Thread hook;

    private StopOnExit(Thread hook) {
        this.hook = hook;
    }

    public static StopOnExit register(String name, Runnable close) {
        Thread hook = new Thread(close, name);
        Runtime.getRuntime().addShutdownHook(hook);
        return new StopOnExit(hook);
    }

    /** Withdraws the hook, unless it is the one running now (or the JVM is already shutting down). */
    public void withdraw() {
        if (Thread.currentThread() == hook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to
        }
    }
}
