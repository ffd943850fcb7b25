package dev.sluice.mariadb;

import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Endpoint;
import java.util.regex.Pattern;

/**
 * A MariaDB table in the workspace's own database: {@code MariaDB table "customers"}. MariaDB's
 * databases are its schemas, and the workspace owns one, so names are not qualified.
 */
public record MariaDbTable(String table) implements Endpoint {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    public MariaDbTable {
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException(
                    "'" + table + "' is not a plain MariaDB table name: " + MariaDbSystem.NAME_RULES);
        }
    }

    /** The typed view of any endpoint of this system. */
    static MariaDbTable of(Endpoint endpoint) {
        return endpoint instanceof MariaDbTable t ? t : new MariaDbTable(endpoint.name());
    }

    @Override
    public DataSystem system() {
        return MariaDbSystem.INSTANCE;
    }

    @Override
    public String name() {
        return table;
    }

    /** {@code `table`} for SQL: keywords stay what the feature wrote. */
    public String quoted() {
        return quote(table);
    }

    /** A MariaDB quoted identifier (backticks; ANSI quotes are not on by default). */
    public static String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }
}
