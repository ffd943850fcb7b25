package dev.sluice.sdk.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The running services of an environment by id ({@code postgres}, {@code kafka}, {@code s3}, …),
 * as the tests reach them and as the pipeline engine reaches them (in containers the two differ).
 * What each value is (a {@code PostgresEndpoint}, bootstrap servers, …) is the system's business.
 * A value may be {@link OnDemand}: the service then starts when a system first asks for it, so a
 * run whose scenarios never use it never starts (or downloads) it.
 */
public record Services(String environment, Map<String, Object> forTests, Map<String, Object> forEngine) {

    /**
     * Settings for every Kafka client (a {@code Map<String, String>}: security protocol, SASL, TLS):
     * Sluice's own clients, and connectors that make clients of their own.
     */
    public static final String KAFKA_CLIENT = "kafka.client";

    public Services {
        forTests = Map.copyOf(forTests);
        forEngine = Map.copyOf(forEngine);
    }

    /** A service started on first use; {@link #get()} starts it (once) and returns its address. */
    @FunctionalInterface
    public interface OnDemand {
        Object get();
    }

    public <T> Optional<T> forTests(String service, Class<T> type) {
        return resolve(forTests.get(service), service, type);
    }

    public <T> Optional<T> forEngine(String service, Class<T> type) {
        return resolve(forEngine.get(service), service, type);
    }

    private <T> Optional<T> resolve(Object value, String service, Class<T> type) {
        Object address = value instanceof OnDemand onDemand ? onDemand.get() : value;
        if (address != null && !type.isInstance(address)) {
            throw new IllegalStateException("The " + environment + " environment gives the service '" + service
                    + "' as a " + address.getClass().getSimpleName() + ", where a " + type.getSimpleName()
                    + " was expected");
        }
        return Optional.ofNullable(type.cast(address));
    }

    /** The Kafka client settings as the tests (or the engine) use them; none when the environment gives none. */
    @SuppressWarnings("unchecked")
    public Map<String, String> kafkaClientSettings(boolean forEngine) {
        return (Map<String, String>)
                (forEngine ? forEngine(KAFKA_CLIENT, Map.class) : forTests(KAFKA_CLIENT, Map.class)).orElse(Map.of());
    }

    /** The same services, with the engine told that this one is at another address (fault tests). */
    public Services withEngineSide(String service, Object address) {
        Map<String, Object> engine = new LinkedHashMap<>(forEngine);
        engine.put(service, address);
        return new Services(environment, forTests, engine);
    }
}
