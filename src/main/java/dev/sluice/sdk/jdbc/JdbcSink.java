package dev.sluice.sdk.jdbc;

import dev.sluice.sdk.system.SinkInput;
import dev.sluice.sdk.system.StageLibrary;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Debezium's JDBC sink, the destination connector of every SQL system: upsert by key, deletes
 * applied, tables created and widened as records arrive. Its archive bundles the drivers of
 * the common SQL databases; the connection URL picks the dialect.
 */
public final class JdbcSink {
    /**
     * Debezium's versions for older cores, its connectors alike: 2.7 was built against Kafka 3.7, 3.2
     * against 3.9 (3.3 against 4.1.0, 3.4 against 4.1.1: their parents' version.kafka).
     */
    private static final Map<String, String> DEBEZIUM_ON_OLDER_CORES =
            Map.of("3.7", "2.7.0.Final", "3.8", "2.7.0.Final", "3.9", "3.2.0.Final", "4.0", "3.2.0.Final");

    /** Debezium's family on the lines before 4.1, and this version of a connector on 4.1 and 4.2. */
    public static Map<String, String> debeziumOnOlderCores(String on41And42) {
        Map<String, String> lines = new HashMap<>(DEBEZIUM_ON_OLDER_CORES);
        lines.put("4.1", on41And42);
        lines.put("4.2", on41And42);
        return Map.copyOf(lines);
    }

    public static final StageLibrary STAGE_LIBRARY = StageLibrary.archive(
                    "debezium-jdbc",
                    "sluice.debezium.version",
                    "io.debezium.connector.jdbc.JdbcSinkConnector",
                    "io.debezium:debezium-connector-jdbc:tar.gz:plugin:{version}")
            // From 4.3 on 3.6.0, the newest sink archive served here (3.6.1 to 3.7 are not); it was built for
            // Kafka 4.3.0, so it is refused on older cores, and its archive carries the kafka-clients that still
            // has what 4.4 moved. 3.4 on 4.1 and 4.2.
            .withVersions("3.6.0.Final", debeziumOnOlderCores("3.4.3.Final"));

    private JdbcSink() {}

    /** The sink of {@code topic} into {@code table} (as the sink names it) at {@code url}. */
    public static Map<String, String> config(
            String topic, String url, String user, String password, String table, SinkInput input) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", STAGE_LIBRARY.connectorClass());
        c.put("tasks.max", "1");
        c.put("topics", topic);
        c.put("connection.url", url);
        c.put("connection.username", user);
        c.put("connection.password", password);
        c.put("collection.name.format", table);
        // Its name before Debezium 3.0 (the sink of cores 3.7 and 3.8); later sinks read it as an alias.
        c.put("table.name.format", table);
        c.put("schema.evolution", "basic");
        // Columns named like SQL keywords ("order") or in mixed case ("Email" beside "email") stay as they are.
        c.put("quote.identifiers", "true");
        c.put("use.time.zone", "UTC");
        // As many rows per statement batch as the worker's sinks take per poll (500 by default; see WorkerConfig).
        c.put("batch.size", "4000");
        // Keyed by a change-data-capture source: of this pipeline, or upstream (the topic's keys are structs).
        boolean keyedRecords = input.keyedRecords();
        if (!input.keyedByOrigin() && !keyedRecords) {
            // Records written by other producers may carry plain-text keys; rows are keyed by their id field.
            c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        }
        if (keyedRecords) {
            // Records carry the primary key as their key; deletes arrive as tombstones.
            c.put("insert.mode", "upsert");
            c.put("primary.key.mode", "record_key");
            c.put("delete.enabled", "true");
        } else if (!input.keyedByOrigin() && input.fieldsAfterProcessors().contains("id")) {
            c.put("insert.mode", "upsert");
            c.put("primary.key.mode", "record_value");
            c.put("primary.key.fields", "id");
        } else {
            c.put("insert.mode", "insert");
            c.put("primary.key.mode", "none");
        }
        return c;
    }
}
