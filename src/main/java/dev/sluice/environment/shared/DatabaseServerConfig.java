package dev.sluice.environment.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database servers' settings, in one place for every environment: what change data capture
 * needs (logical replication, a row-based binlog) and what a test server may trade for speed.
 * The local servers take them as options; the images carry them as files their start scripts read.
 */
public final class DatabaseServerConfig {
    private DatabaseServerConfig() {}

    /** PostgreSQL's {@code postgresql.conf} settings; each environment adds where it listens. */
    public static Map<String, String> postgres() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("wal_level", "logical");
        c.put("max_replication_slots", "64");
        c.put("max_wal_senders", "64");
        c.put("max_connections", "300");
        // A test server: fast rather than durable.
        c.put("fsync", "off");
        c.put("synchronous_commit", "off");
        return c;
    }

    /** {@code postgresql.conf} lines. */
    public static String postgresConf() {
        return FileTrees.keyValueLines(postgres());
    }
}
