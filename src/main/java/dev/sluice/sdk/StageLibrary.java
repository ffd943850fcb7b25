package dev.sluice.sdk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A stage library: a Kafka Connect plugin that pipelines need, resolved by Maven coordinates and
 * composed onto the core worker. A library is either an official plugin archive ({@code tar.gz})
 * or an assembly of artifacts with their runtime dependencies. Coordinates contain
 * {@code {version}}, filled from the setting named by {@link #versionSetting()}.
 */
public enum StageLibrary {
    DEBEZIUM_POSTGRES("debezium-postgres", "sluice.debezium.version", "io.debezium.connector.postgresql.PostgresConnector",
            "io.debezium:debezium-connector-postgres:tar.gz:plugin:{version}", List.of(), List.of()),
    DEBEZIUM_JDBC("debezium-jdbc", "sluice.debezium.version", "io.debezium.connector.jdbc.JdbcSinkConnector",
            "io.debezium:debezium-connector-jdbc:tar.gz:plugin:{version}", List.of(), List.of()),
    /**
     * Apache Iceberg's sink with S3FileIO and a JDBC catalog. There is no official archive on Maven
     * Central, so the plugin directory is assembled: the AWS SDK comes as Iceberg's bundle (single
     * SDK jars miss classes the sink loads), Parquet needs Hadoop's client classes.
     */
    ICEBERG("iceberg", "sluice.iceberg.version", "org.apache.iceberg.connect.IcebergSinkConnector", null,
            List.of("org.apache.iceberg:iceberg-kafka-connect:{version}",
                    "org.apache.iceberg:iceberg-kafka-connect-events:{version}",
                    "org.apache.iceberg:iceberg-aws:{version}",
                    "org.apache.iceberg:iceberg-aws-bundle:{version}",
                    "org.apache.iceberg:iceberg-parquet:{version}",
                    "org.apache.hadoop:hadoop-client-api:3.4.1",
                    "org.apache.hadoop:hadoop-client-runtime:3.4.1",
                    "org.postgresql:postgresql:42.7.8"),
            List.of("org.apache.hadoop:hadoop-common:3.4.1"));

    /** Never inside a plugin directory: the worker provides them, and a second copy breaks class loading. */
    public static final List<String> PROVIDED_BY_THE_WORKER = List.of("org.apache.kafka:", "org.slf4j:");

    private final String id;
    private final String versionSetting;
    private final String connectorClass;
    private final String archive;
    private final List<String> withDependencies;
    private final List<String> withoutDependencies;

    StageLibrary(String id, String versionSetting, String connectorClass, String archive,
                 List<String> withDependencies, List<String> withoutDependencies) {
        this.id = id;
        this.versionSetting = versionSetting;
        this.connectorClass = connectorClass;
        this.archive = archive;
        this.withDependencies = withDependencies;
        this.withoutDependencies = withoutDependencies;
    }

    public String id() {
        return id;
    }

    public String versionSetting() {
        return versionSetting;
    }

    public String connectorClass() {
        return connectorClass;
    }

    /** The plugin archive's coordinates, when the library is one. */
    public Optional<String> archive(String version) {
        return Optional.ofNullable(archive).map(a -> a.replace("{version}", version));
    }

    /** Artifacts that go into the plugin directory with their runtime dependencies. */
    public List<String> withDependencies(String version) {
        return withDependencies.stream().map(c -> c.replace("{version}", version)).toList();
    }

    /** Artifacts that go into the plugin directory alone. */
    public List<String> withoutDependencies(String version) {
        return withoutDependencies.stream().map(c -> c.replace("{version}", version)).toList();
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
