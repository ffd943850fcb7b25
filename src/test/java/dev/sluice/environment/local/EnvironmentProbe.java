package dev.sluice.environment.local;

import dev.sluice.environment.Environment;
import dev.sluice.environment.Environments;
import dev.sluice.environment.Settings;
import dev.sluice.environment.service.ServicePlugins;

/**
 * A stand-in for a test JVM, for the leak tests: starts the environment the settings name (local
 * by default), says so on standard output, and waits to be killed.
 */
public final class EnvironmentProbe {
    static final String READY = "PROBE READY";

    private EnvironmentProbe() {}

    public static void main(String[] args) throws Exception {
        Environment environment = Environments.create(Settings.fromJvm());
        environment.start();
        // Also the service plug-ins, which start on demand, so that their processes are proven not to leak either.
        ServicePlugins.all().forEach(p -> environment.services().forTests(p.id(), Object.class));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
