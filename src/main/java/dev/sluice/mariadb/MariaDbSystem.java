package dev.sluice.mariadb;

import dev.sluice.sdk.jdbc.DebeziumSource;
import dev.sluice.sdk.jdbc.JdbcSink;
import dev.sluice.sdk.system.ConnectorContext;
import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.DatabaseServer;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.Namespace;
import dev.sluice.sdk.system.OriginSchema;
import dev.sluice.sdk.system.Placeholders;
import dev.sluice.sdk.system.Services;
import dev.sluice.sdk.system.SinkInput;
import dev.sluice.sdk.system.SinkNeedsEngineApart;
import dev.sluice.sdk.system.StageLibrary;
import dev.sluice.sdk.system.SystemSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * MariaDB tables: an origin through Debezium's MariaDB connector (change data capture from the
 * row-based binlog, changes flattened to the row's new state, deletes as tombstones) and a
 * destination through Debezium's JDBC sink (upsert by key, deletes applied).
 */
public final class MariaDbSystem implements DataSystem, SinkNeedsEngineApart {
    public static final MariaDbSystem INSTANCE = new MariaDbSystem();
    public static final String ID = "mariadb";
    static final String NAME_RULES = "use letters, digits and _, at most 64 characters (e.g. \"customers\"); "
            + "the table lives in the scenario's own database";
    /** Its own version: Debezium's MariaDB plugin archive is served here at 3.2.0 and 3.5.0, not at 3.3 or 3.4. */
    public static final StageLibrary DEBEZIUM_MARIADB = StageLibrary.archive(
                    "debezium-mariadb",
                    "sluice.debezium-mariadb.version",
                    "io.debezium.connector.mariadb.MariaDbConnector",
                    "io.debezium:debezium-connector-mariadb:tar.gz:plugin:{version}")
            // From 4.3 on 3.5 (the newest archive served here): its connectors call Kafka's Sanitizer, which 4.4
            // moved, and its archive carries a kafka-clients jar that still has it, which the plugin's class loader
            // finds when the worker lacks it. 3.2's archive carries none and fails on 4.4: 3.2 on 4.1 and 4.2.
            .withVersions("3.5.0.Final", JdbcSink.debeziumOnOlderCores("3.2.0.Final"));

    static final String NO_MARIADB =
            "In the external environment, set sluice.mariadb.url, sluice.mariadb.user and sluice.mariadb.password.";
    private static final Traits TRAITS = new Traits(ID, "MariaDB table", "customers", NAME_RULES, true, true);

    /** For {@link java.util.ServiceLoader}; use {@link #INSTANCE}. */
    public MariaDbSystem() {}

    @Override
    public Traits traits() {
        return TRAITS;
    }

    @Override
    public String whyAnEngineApart() {
        return "Debezium's JDBC sink shares type registrations between its dialects within one worker: a PostgreSQL"
                + " sink beside a MariaDB one created its table with MariaDB's longtext (\"type \"longtext\" does not exist\")";
    }

    @Override
    public Endpoint endpoint(String name) {
        return new MariaDbTable(name);
    }

    @Override
    public List<StageLibrary> stageLibraries() {
        return List.of(DEBEZIUM_MARIADB, JdbcSink.STAGE_LIBRARY);
    }

    @Override
    public Optional<Map<String, String>> source(
            Endpoint origin, OriginSchema schema, String topic, ConnectorContext context) {
        MariaDbTable table = MariaDbTable.of(origin);
        DatabaseServer server = context.engineSide(ID, DatabaseServer.class, NO_MARIADB);
        String kafka = context.engineSide("kafka", String.class, "");
        Namespace namespace = context.namespace();
        String name = namespace.slot(context.pipeline());
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", DEBEZIUM_MARIADB.connectorClass());
        c.put("tasks.max", "1");
        c.put("database.hostname", server.host());
        c.put("database.port", Integer.toString(server.port()));
        c.put("database.user", server.user());
        c.put("database.password", server.password());
        // Every binlog reader is a replica to the server and needs an id of its own.
        c.put("database.server.id", Long.toString(serverId(name)));
        c.put("database.ssl.mode", "disable");
        c.put("topic.prefix", name);
        c.put("database.include.list", namespace.database());
        c.put("table.include.list", namespace.database() + "\\." + table.table());
        // The connector keeps the tables' DDL history in a topic of the workspace, removed with its topics.
        c.put("schema.history.internal.kafka.bootstrap.servers", kafka);
        c.put("schema.history.internal.kafka.topic", namespace.topic("schema-history." + name));
        c.putAll(context.kafkaClientSettings("schema.history.internal.producer."));
        c.putAll(context.kafkaClientSettings("schema.history.internal.consumer."));
        c.put("schema.history.internal.store.only.captured.tables.ddl", "true");
        c.put("include.schema.changes", "false");
        c.put("snapshot.mode", "initial");
        // A binlog reader whose server went away reconnects on its keep-alive beat: Debezium's default (60 s) leaves
        // a restarted MariaDB unread for up to a minute, then restarts the task; 5 s finds it again within seconds.
        c.put("connect.keep.alive.interval.ms", "5000");
        // MariaDB's BOOLEAN is TINYINT(1); without this it arrives as a number (true as 1).
        c.put("converters", "boolean");
        c.put("boolean.type", "io.debezium.connector.binlog.converters.TinyIntOneToBooleanConverter");
        c.putAll(DebeziumSource.flattenedRowsInto(topic));
        return Optional.of(c);
    }

    /** A replica id from the connector's unique name, away from the server's own id (1). */
    static long serverId(String connectorName) {
        return 100_000L + Math.floorMod(connectorName.hashCode(), 1_000_000_000);
    }

    @Override
    public Optional<Map<String, String>> sink(
            String topic, Endpoint destination, SinkInput input, ConnectorContext context) {
        DatabaseServer server = context.engineSide(ID, DatabaseServer.class, NO_MARIADB);
        return Optional.of(JdbcSink.config(
                topic,
                MariaDbDatabase.sinkUrl(server, context.namespace().database()),
                server.user(),
                server.password(),
                MariaDbTable.of(destination).table(),
                input));
    }

    @Override
    public void addPlaceholders(Placeholders placeholders, ConnectorContext context) {
        Supplier<DatabaseServer> server = () -> context.engineSide(ID, DatabaseServer.class, NO_MARIADB);
        String database = context.namespace().database();
        placeholders
                .server(ID, server)
                .value(ID + ".database", ID, () -> database)
                .value(ID + ".jdbc-url", ID, () -> MariaDbDatabase.jdbcUrl(server.get(), database));
    }

    @Override
    public SystemSession open(Services services, Namespace namespace) {
        DatabaseServer server = services.forTests(ID, DatabaseServer.class)
                .orElseThrow(() -> new IllegalStateException(
                        "The " + services.environment() + " environment has no MariaDB. " + NO_MARIADB));
        return new MariaDbSession(server, namespace);
    }
}
