package dev.sluice.environment;

import dev.sluice.environment.service.ReachedExternally;
import dev.sluice.environment.service.ServicePlugins;
import dev.sluice.environment.shared.FileTrees;
import dev.sluice.sdk.ConnectAccess;
import dev.sluice.sdk.system.Services;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the {@code external} environment needs to reach a running environment: its addresses and
 * credentials as external settings. Services the environment starts on demand are started here, so
 * that the settings name them. The values include generated passwords: files that hold them are
 * readable by their owner only.
 */
public final class HandOver {
    private HandOver() {}

    /** The external settings that reach this (started) environment. */
    public static Map<String, String> settingsFor(Environment environment) {
        Map<String, String> external = new LinkedHashMap<>();
        external.put(Settings.ENVIRONMENT, "external");
        external.put(ExternalEnvironment.CONNECT_URL, environment.connectUrl().toString());
        external.put(ExternalEnvironment.KAFKA_BOOTSTRAP, environment.kafkaBootstrapServers());
        external.put(ExternalEnvironment.KAFKA_ENGINE_BOOTSTRAP, environment.kafkaBootstrapServersForEngine());
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
        for (ReachedExternally plugin : ServicePlugins.with(ReachedExternally.class)) {
            services.forTests(plugin.id(), Object.class)
                    .ifPresent(tests -> external.putAll(plugin.externalSettings(
                            tests, services.forEngine(plugin.id(), Object.class).orElse(null))));
        }
        return external;
    }

    /** Writes the settings as lines of {@code export NAME='value'}, readable by the owner only. */
    public static void writeExports(Map<String, String> external, Path file) throws IOException {
        StringBuilder lines = new StringBuilder();
        external.forEach((k, v) -> lines.append("export ")
                .append(Settings.environmentVariable(k))
                .append("='")
                .append(v)
                .append("'\n"));
        FileTrees.writeOwnerOnly(file, lines.toString());
    }
}
