package dev.sluice.postgres;

import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Endpoint;
import java.util.regex.Pattern;

/** A PostgreSQL table, schema-qualified or in {@code public}: {@code PostgreSQL table "warehouse.customers"}. */
public record PostgresTable(String schema, String table) implements Endpoint {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public PostgresTable {
        for (String part : new String[] {schema, table}) {
            if (!IDENTIFIER.matcher(part).matches()) {
                throw new IllegalArgumentException(
                        "'" + part + "' is not a plain PostgreSQL identifier: " + PostgresSystem.NAME_RULES);
            }
        }
    }

    public static PostgresTable of(String name) {
        int dot = name.indexOf('.');
        return dot < 0
                ? new PostgresTable("public", name)
                : new PostgresTable(name.substring(0, dot), name.substring(dot + 1));
    }

    /** The typed view of any endpoint of this system. */
    static PostgresTable of(Endpoint endpoint) {
        return endpoint instanceof PostgresTable t ? t : of(endpoint.name());
    }

    @Override
    public DataSystem system() {
        return PostgresSystem.INSTANCE;
    }

    @Override
    public String name() {
        return "public".equals(schema) ? table : qualified();
    }

    /** {@code schema.table}, e.g. for connector include lists and names. */
    public String qualified() {
        return schema + "." + table;
    }

    /** {@code "schema"."table"} for SQL: keywords and mixed case stay what the feature wrote. */
    public String quoted() {
        return quote(schema) + "." + quote(table);
    }

    /** A PostgreSQL (and standard SQL) quoted identifier. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
