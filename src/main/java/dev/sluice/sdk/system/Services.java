package dev.sluice.sdk.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The running services of an environment by id ({@code postgres}, {@code kafka}, {@code s3}, …),
 * as the tests reach them and as the pipeline engine reaches them (in containers the two differ).
 * What each value is (a {@code PostgresEndpoint}, bootstrap servers, …) is the system's business.
 */
public record Services(String environment, Map<String, Object> forTests, Map<String, Object> forEngine) {

    public Services {
        forTests = Map.copyOf(forTests);
        forEngine = Map.copyOf(forEngine);
    }

    public <T> Optional<T> forTests(String service, Class<T> type) {
        return Optional.ofNullable(forTests.get(service)).map(type::cast);
    }

    public <T> Optional<T> forEngine(String service, Class<T> type) {
        return Optional.ofNullable(forEngine.get(service)).map(type::cast);
    }

    /** The same services, with the engine told that this one is at another address (fault tests). */
    public Services withEngineSide(String service, Object address) {
        Map<String, Object> engine = new LinkedHashMap<>(forEngine);
        engine.put(service, address);
        return new Services(environment, forTests, engine);
    }
}
