package dev.sluice.environment.local;

/** A service that cannot start: says why on its output and exits. */
public final class FailingMain {
    private FailingMain() {}

    public static void main(String[] args) {
        System.out.println("loading configuration");
        System.out.println("FATAL: port 9092 is already in use");
        System.exit(3);
    }
}
