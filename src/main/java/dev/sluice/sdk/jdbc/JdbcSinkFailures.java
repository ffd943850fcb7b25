package dev.sluice.sdk.jdbc;

import dev.sluice.sdk.pipeline.FailureReading;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debezium's JDBC sink under a changed schema: it adds nullable columns only
 * ({@code schema.evolution=basic}), never widens one, and has no column type for some source
 * types in some databases; each shows as a trace that does not say what to change.
 */
public final class JdbcSinkFailures implements FailureReading {
    private static final String SINK = "io.debezium.connector.jdbc";
    private static final Pattern REQUIRED_FIELD =
            Pattern.compile("Cannot ALTER table '([^']+)' because field '([^']+)' is not optional but has no default");
    private static final Pattern OUT_OF_RANGE = Pattern.compile("(?i)out of range");

    @Override
    public Optional<String> read(String trace) {
        if (!trace.contains(SINK)) {
            return Optional.empty();
        }
        Matcher required = REQUIRED_FIELD.matcher(trace);
        if (required.find()) {
            return Optional.of("the JDBC sink adds only columns that allow NULL or have a default to an existing "
                    + "table (schema.evolution=basic), and the field '" + required.group(2) + "' is required: a NOT "
                    + "NULL or key column added or renamed at the origin. Change the origin column to allow NULL or "
                    + "give it a default, or add the column to " + required.group(1) + " yourself before the change.");
        }
        if (trace.contains("NullPointerException") && trace.contains("GeneralDatabaseDialect.getSchemaType")) {
            return Optional.of("the JDBC sink has no column type in this database for one of the record's fields "
                    + "(its dialect returned none, e.g. for a PostgreSQL array in a database without arrays). Leave that column out "
                    + "of the pipeline or give it, at the origin, a type the destination can hold.");
        }
        if (OUT_OF_RANGE.matcher(trace).find()) {
            return Optional.of("a value does not fit the destination column's type, and the JDBC sink never "
                    + "widens a column (schema.evolution=basic only adds columns). When the origin's column is "
                    + "widened, widen the destination's column yourself (ALTER TABLE … TYPE) first.");
        }
        return Optional.empty();
    }
}
