package dev.sluice.sdk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A stage library: a Kafka Connect plugin that a pipeline needs, resolved by Maven coordinates and
 * composed onto the core worker. {@code coordinates} contains {@code {version}}, filled from the
 * setting named by {@code versionSetting}.
 */
public enum StageLibrary {
    DEBEZIUM_POSTGRES("debezium-postgres", "io.debezium:debezium-connector-postgres:tar.gz:plugin:{version}",
            "sluice.debezium.version", "io.debezium.connector.postgresql.PostgresConnector"),
    DEBEZIUM_JDBC("debezium-jdbc", "io.debezium:debezium-connector-jdbc:tar.gz:plugin:{version}",
            "sluice.debezium.version", "io.debezium.connector.jdbc.JdbcSinkConnector");

    private final String id;
    private final String coordinates;
    private final String versionSetting;
    private final String connectorClass;

    StageLibrary(String id, String coordinates, String versionSetting, String connectorClass) {
        this.id = id;
        this.coordinates = coordinates;
        this.versionSetting = versionSetting;
        this.connectorClass = connectorClass;
    }

    public String id() {
        return id;
    }

    public String coordinates(String version) {
        return coordinates.replace("{version}", version);
    }

    public String versionSetting() {
        return versionSetting;
    }

    public String connectorClass() {
        return connectorClass;
    }

    public static StageLibrary byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown stage library '" + id.trim()
                        + "': expected one of " + ids() + " (setting sluice.stage-libraries)"));
    }

    public static Optional<StageLibrary> providing(String connectorClass) {
        return Arrays.stream(values()).filter(l -> l.connectorClass.equals(connectorClass)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(StageLibrary::id).toList();
    }
}
