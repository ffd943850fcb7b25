package dev.sluice.environment.local;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Entry point of every child JVM Sluice starts: runs the real main class and exits as soon as the
 * parent goes away. The parent keeps the child's standard input open; when the parent dies for any
 * reason (even {@code kill -9}) the operating system closes it, the read below returns end of file
 * and the child shuts down through its own shutdown hooks. Uses the JDK only, so it can sit on any
 * class path.
 */
public final class ParentWatchdog {
    /** How long the child's own shutdown hooks get before the JVM is halted. */
    private static final long SHUTDOWN_GRACE_MILLIS = 20_000;

    private ParentWatchdog() {}

    public static void main(String[] args) throws Throwable {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: ParentWatchdog <main class> [args...]");
        }
        // A kept environment outlives the run that started it.
        if (!Boolean.getBoolean("sluice.keep")) {
            Thread watcher = new Thread(ParentWatchdog::exitWhenParentCloses, "sluice-parent-watchdog");
            watcher.setDaemon(true);
            watcher.start();
        }
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }

    private static void exitWhenParentCloses() {
        try {
            while (System.in.read() != -1) {
                // the parent never writes: anything read is ignored
            }
        } catch (IOException e) {
            // a broken pipe means the same as end of file
        }
        System.err.println("[sluice] parent process is gone: shutting down");
        Thread halter = new Thread(
                () -> {
                    try {
                        Thread.sleep(SHUTDOWN_GRACE_MILLIS);
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                    Runtime.getRuntime().halt(3);
                },
                "sluice-halt");
        halter.setDaemon(true);
        halter.start();
        System.exit(0);
    }
}
