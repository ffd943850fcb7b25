package dev.sluice.postgres;

/**
 * The deterministic content of "generated rows": row {@code i} has name {@code Customer i}, email
 * {@code customer<i>@example.com}, an SSN-shaped value, amount {@code i × 1.25} and a timestamp
 * {@code i} minutes after 2024-01-01. Written once for SQL and once for Java so tests can predict rows.
 */
public final class GeneratedRows {
    static final String SSN_SQL =
            "lpad((100 + i % 900)::text, 3, '0') || '-' || lpad((10 + i % 90)::text, 2, '0') || '-' "
                    + "|| lpad((1000 + i % 9000)::text, 4, '0')";

    private GeneratedRows() {}

    public static String ssn(int i) {
        return String.format("%03d-%02d-%04d", 100 + i % 900, 10 + i % 90, 1000 + i % 9000);
    }
}
