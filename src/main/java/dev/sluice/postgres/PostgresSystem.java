package dev.sluice.postgres;

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
import dev.sluice.sdk.system.StageLibrary;
import dev.sluice.sdk.system.SystemSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * PostgreSQL tables: an origin through Debezium's PostgreSQL connector (change data capture with
 * {@code pgoutput}, one slot per pipeline, changes flattened to the row's new state, deletes as
 * tombstones) and a destination through Debezium's JDBC sink (upsert by key, deletes applied).
 */
public final class PostgresSystem implements DataSystem {
    public static final PostgresSystem INSTANCE = new PostgresSystem();
    public static final String ID = "postgres";
    static final String NAME_RULES =
            "use letters, digits and _, optionally schema-qualified (e.g. \"warehouse.customers\")";
    public static final StageLibrary DEBEZIUM_POSTGRES = StageLibrary.archive(
                    "debezium-postgres",
                    "sluice.debezium.version",
                    "io.debezium.connector.postgresql.PostgresConnector",
                    "io.debezium:debezium-connector-postgres:tar.gz:plugin:{version}")
            // From 4.3 on 3.7 (built for Kafka 4.3.1, so refused on older cores): 3.4's calls
            // org.apache.kafka.common.utils.Sanitizer, which 4.4 moved. 3.4 on 4.1 and 4.2.
            .withVersions("3.7.0.Final", JdbcSink.debeziumOnOlderCores("3.4.3.Final"));
    public static final StageLibrary DEBEZIUM_JDBC = JdbcSink.STAGE_LIBRARY;
    private static final String NO_POSTGRES =
            "In the external environment, set sluice.postgres.url, sluice.postgres.user and sluice.postgres.password.";

    private static final Traits TRAITS =
            new Traits(ID, "PostgreSQL table", "warehouse.customers", NAME_RULES, true, true);

    /** For {@link java.util.ServiceLoader}; use {@link #INSTANCE}. */
    public PostgresSystem() {}

    @Override
    public Traits traits() {
        return TRAITS;
    }

    @Override
    public Endpoint endpoint(String name) {
        return PostgresTable.of(name);
    }

    @Override
    public List<StageLibrary> stageLibraries() {
        return List.of(DEBEZIUM_POSTGRES, DEBEZIUM_JDBC);
    }

    @Override
    public Optional<Map<String, String>> source(
            Endpoint origin, OriginSchema schema, String topic, ConnectorContext context) {
        PostgresTable table = PostgresTable.of(origin);
        requireNoColumnsDifferingOnlyInCase(table, schema.names());
        PostgresEndpoint postgres = context.engineSide(ID, PostgresEndpoint.class, NO_POSTGRES);
        String slot = context.namespace().slot(context.pipeline());
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", DEBEZIUM_POSTGRES.connectorClass());
        c.put("tasks.max", "1");
        c.put("database.hostname", postgres.host());
        c.put("database.port", Integer.toString(postgres.port()));
        c.put("database.user", postgres.user());
        c.put("database.password", postgres.password());
        c.put("database.dbname", context.namespace().database());
        c.put("topic.prefix", slot);
        c.put("plugin.name", "pgoutput");
        c.put("slot.name", slot);
        c.put("publication.name", slot);
        c.put("publication.autocreate.mode", "filtered");
        c.put("table.include.list", table.schema() + "\\." + table.table());
        c.put("snapshot.mode", "initial");
        c.putAll(DebeziumSource.flattenedRowsInto(topic));
        return Optional.of(c);
    }

    @Override
    public Optional<Map<String, String>> sink(
            String topic, Endpoint destination, SinkInput input, ConnectorContext context) {
        PostgresTable table = PostgresTable.of(destination);
        PostgresEndpoint postgres = context.engineSide(ID, PostgresEndpoint.class, NO_POSTGRES);
        return Optional.of(JdbcSink.config(
                topic,
                postgres.jdbcUrl(context.namespace().database()),
                postgres.user(),
                postgres.password(),
                table.qualified(),
                input));
    }

    @Override
    public void addPlaceholders(Placeholders placeholders, ConnectorContext context) {
        Supplier<PostgresEndpoint> server = () -> context.engineSide(ID, PostgresEndpoint.class, NO_POSTGRES);
        String database = context.namespace().database();
        placeholders
                .server(ID, () -> {
                    PostgresEndpoint p = server.get();
                    return new DatabaseServer(p.host(), p.port(), p.user(), p.password());
                })
                .value(ID + ".database", ID, () -> database)
                .value(ID + ".jdbc-url", ID, () -> server.get().jdbcUrl(database));
    }

    @Override
    public SystemSession open(Services services, Namespace namespace) {
        PostgresEndpoint postgres = services.forTests(ID, PostgresEndpoint.class)
                .orElseThrow(() -> new IllegalStateException(
                        "The " + services.environment() + " environment has no PostgreSQL. " + NO_POSTGRES));
        return new PostgresSession(postgres, namespace);
    }

    /**
     * Debezium's PostgreSQL connector looks columns up by name without regard to case: two columns
     * such as "Email" and "email" are confused and its task dies decoding the first change
     * ("Index 7 out of bounds for length 7"). Refused before anything is created.
     */
    static void requireNoColumnsDifferingOnlyInCase(PostgresTable table, List<String> columns) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String name : columns) {
            String other = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            if (other != null) {
                throw new IllegalArgumentException("The " + table.describe() + " has the columns \"" + other
                        + "\" and \""
                        + name
                        + "\", which differ only in case. Debezium's PostgreSQL connector, the stage library that reads "
                        + "its changes, cannot tell such columns apart. Rename one of them (e.g. \"" + name + "_2\").");
            }
        }
    }
}
