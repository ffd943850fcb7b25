package dev.sluice.environment.local;

/** A process that does nothing for a while: a stand-in for a service left behind. */
public final class Sleeper {
    private Sleeper() {}

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(600_000);
    }
}
