package dev.sluice.environment;

/**
 * One run of the suite, as far as its environment goes: creates the environment the JVM's settings
 * name, says what it got on one line, closes it and exits (ReusedEnvironmentIT).
 */
public final class ReuseProbe {
    private ReuseProbe() {}

    public static void main(String[] args) {
        Environment environment = Environments.create(Settings.fromJvm());
        environment.start();
        System.out.println("PROBE reused=" + environment.reused() + " connect=" + environment.connectUrl() + " attach="
                + environment.startTimes().get("attach").toMillis());
        environment.close();
        System.exit(0);
    }
}
