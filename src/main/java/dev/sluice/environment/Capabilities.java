package dev.sluice.environment;

/**
 * What a scenario asks of its environment beyond what every environment offers: a capability
 * ({@link EngineWorkers}, {@link UpgradableEngine}, {@link ServiceFaults}, {@link NetworkFaults},
 * {@link RenewableEngine}) or a clear {@link MissingCapability} that the steps turn into a skip with
 * its reason.
 */
public final class Capabilities {
    private Capabilities() {}

    /** The environment as that capability; fails with "The <name> environment cannot <what>" and why. */
    public static <T extends Environment> T require(Environment environment, Class<T> capability, String what) {
        if (!capability.isInstance(environment)) {
            throw new MissingCapability("The " + environment.name() + " environment cannot " + what);
        }
        return capability.cast(environment);
    }

    /** An environment lacks what a scenario needs: the scenario is skipped, saying this. */
    public static final class MissingCapability extends UnsupportedOperationException {
        public MissingCapability(String message) {
            super(message);
        }
    }
}
