package dev.sluice.environment;

import dev.sluice.sdk.ConnectAccess;
import dev.sluice.sdk.S3Endpoint;
import dev.sluice.sdk.system.DatabaseServer;
import dev.sluice.sdk.system.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts an environment (as the settings say) and leaves it running, for people who want to poke
 * at it and for pointing the suite's {@code external} environment at it. Writes the external
 * settings that reach it as environment variables to a file readable only by its owner, since they
 * include the generated passwords, and the command that stops it to {@code <file>.stop}.
 * Usage: {@code EnvironmentLauncher <file>}.
 */
public final class EnvironmentLauncher {
    private EnvironmentLauncher() {}

    public static void main(String[] args) throws Exception {
        System.setProperty(Settings.KEEP, "true");
        Settings settings = Settings.fromJvm();
        Environment environment = Environments.create(settings);
        environment.start();
        Map<String, String> external = new LinkedHashMap<>();
        external.put(Settings.ENVIRONMENT, "external");
        external.put(ExternalEnvironment.CONNECT_URL, environment.connectUrl().toString());
        external.put(ExternalEnvironment.KAFKA_BOOTSTRAP, environment.kafkaBootstrapServers());
        external.put(ExternalEnvironment.KAFKA_ENGINE_BOOTSTRAP, environment.kafkaBootstrapServersForEngine());
        external.put(ExternalEnvironment.POSTGRES_URL, environment.postgres().jdbcUrl("postgres"));
        external.put(
                ExternalEnvironment.POSTGRES_ENGINE_URL,
                environment.postgresForEngine().jdbcUrl("postgres"));
        external.put(ExternalEnvironment.POSTGRES_USER, environment.postgres().user());
        external.put(
                ExternalEnvironment.POSTGRES_PASSWORD, environment.postgres().password());
        // A secured environment (sluice.secure=true): the engine's credentials and every Kafka client's settings.
        ConnectAccess access = environment.connectAccess();
        if (access.authenticates()) {
            external.put(ExternalEnvironment.CONNECT_USER, access.user());
            external.put(ExternalEnvironment.CONNECT_PASSWORD, access.password());
        }
        if (access.trustStore() != null) {
            external.put(
                    ExternalEnvironment.CONNECT_TRUSTSTORE, access.trustStore().toString());
            external.put(ExternalEnvironment.CONNECT_TRUSTSTORE_PASSWORD, access.trustStorePassword());
        }
        environment
                .kafkaClientSettings()
                .forEach((key, value) -> external.put(ExternalEnvironment.KAFKA_CLIENT_PREFIX + key, value));
        // Started here when the environment starts it on demand: the handed-over settings must name it.
        Services services = environment.services();
        services.forTests("s3", S3Endpoint.class).ifPresent(s3 -> {
            external.put(ExternalEnvironment.S3_ENDPOINT, s3.url().toString());
            services.forEngine("s3", S3Endpoint.class)
                    .ifPresent(e -> external.put(
                            ExternalEnvironment.S3_ENGINE_ENDPOINT, e.url().toString()));
            external.put(ExternalEnvironment.S3_ACCESS_KEY, s3.accessKey());
            external.put(ExternalEnvironment.S3_SECRET_KEY, s3.secretKey());
            external.put(ExternalEnvironment.S3_REGION, s3.region());
        });
        services.forTests("mariadb", DatabaseServer.class).ifPresent(m -> {
            external.put(ExternalEnvironment.MARIADB_URL, "jdbc:mariadb://" + m.host() + ":" + m.port());
            services.forEngine("mariadb", DatabaseServer.class)
                    .ifPresent(e -> external.put(
                            ExternalEnvironment.MARIADB_ENGINE_URL, "jdbc:mariadb://" + e.host() + ":" + e.port()));
            external.put(ExternalEnvironment.MARIADB_USER, m.user());
            external.put(ExternalEnvironment.MARIADB_PASSWORD, m.password());
        });
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        StringBuilder lines = new StringBuilder();
        external.forEach((k, v) -> lines.append("export ")
                .append(Settings.environmentVariable(k))
                .append("='")
                .append(v)
                .append("'\n"));
        Files.writeString(file, lines.toString());
        Files.writeString(Path.of(args[0] + ".stop"), environment.stopCommand().orElse("true") + "\n");
        environment.close(); // kept: prints where everything runs and how to stop it
    }
}
