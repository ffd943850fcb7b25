package dev.sluice.environment;

import dev.sluice.sdk.Redactor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secret settings given as system properties ({@code -Dsluice.postgres.password=…}) are taken out
 * of the JVM's system properties and held here: test reports record the system properties (every
 * Surefire and Failsafe XML file does), and a secret must never reach a report. {@link
 * Settings#fromJvm()} still sees the real values. Only Sluice's own settings are held; other
 * libraries read theirs from the system properties.
 */
public final class SecretSystemProperties {
    private static final Map<String, String> HELD = new ConcurrentHashMap<>();

    private SecretSystemProperties() {}

    /** Holds every secret {@code sluice.*} system property and leaves {@value Redactor#MASK} in its place. */
    public static void hold() {
        for (String key : System.getProperties().stringPropertyNames()) {
            String value = System.getProperty(key);
            if (key.startsWith("sluice.")
                    && Redactor.isSecretKey(key)
                    && value != null
                    && !value.equals(Redactor.MASK)) {
                HELD.put(key, value);
                Redactor.register(value);
                System.setProperty(key, Redactor.MASK);
            }
        }
    }

    static Map<String, String> held() {
        return Map.copyOf(HELD);
    }
}
