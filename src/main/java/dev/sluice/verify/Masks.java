package dev.sluice.verify;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a pipeline's mask (Kafka's MaskField, replacement {@code ****}) leaves of a value: text becomes
 * {@code ****}, a number 0, a boolean false; NULL stays NULL.
 */
public final class Masks {
    public static final String TEXT = "****";

    private Masks() {}

    /** The row with these columns masked; the others as they were. */
    public static Map<String, Object> apply(Map<String, Object> row, Set<String> masked) {
        if (masked.isEmpty()) {
            return row;
        }
        Map<String, Object> copy = new LinkedHashMap<>(row);
        masked.forEach(column -> copy.computeIfPresent(column, (c, value) -> of(value)));
        return copy;
    }

    static Object of(Object value) {
        if (value instanceof Number) {
            return BigDecimal.ZERO;
        }
        if (value instanceof Boolean) {
            return false;
        }
        return TEXT;
    }
}
