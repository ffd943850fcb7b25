package dev.sluice.environment.local;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Main class of a new broker's JVM: formats its KRaft storage, then runs the broker, in one JVM
 * instead of two (the format tool's own JVM took 1.5-2 s of a cold start). Kafka's
 * {@code StorageTool.main} exits the JVM, so its non-exiting {@code execute} is called, by reflection:
 * this class sits on the broker's class path with JDK classes only (see {@link ChildJvm}).
 * Arguments: the broker's main class (so that a process listing still shows {@code kafka.Kafka}), its
 * configuration file, and a file with the format tool's arguments, one per
 * line (they may hold credentials, which a process listing would show), deleted once read.
 */
public final class KafkaFormatThenServe {
    private KafkaFormatThenServe() {}

    public static void main(String[] args) throws Throwable {
        String broker = args[0];
        String config = args[1];
        Path argsFile = Path.of(args[2]);
        String[] format = Files.readAllLines(argsFile).toArray(String[]::new);
        Files.delete(argsFile);
        int exit = format(format);
        if (exit != 0) {
            System.err.println("[sluice] formatting the KRaft storage exited with " + exit);
            System.exit(exit);
        }
        invoke(Class.forName(broker).getMethod("main", String[].class), (Object) new String[] {config});
    }

    /** {@code execute(String[], PrintStream)} from Kafka 3.9 on, {@code execute(String[])} before. */
    private static int format(String[] args) throws Throwable {
        Class<?> tool = Class.forName("kafka.tools.StorageTool");
        try {
            return (Integer) invoke(tool.getMethod("execute", String[].class, PrintStream.class), args, System.out);
        } catch (NoSuchMethodException e) {
            return (Integer) invoke(tool.getMethod("execute", String[].class), (Object) args);
        }
    }

    private static Object invoke(Method method, Object... args) throws Throwable {
        try {
            return method.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
