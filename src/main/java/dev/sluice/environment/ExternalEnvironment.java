package dev.sluice.environment;

import dev.sluice.environment.service.ReachedExternally;
import dev.sluice.environment.service.ServicePlugins;
import dev.sluice.sdk.ConnectAccess;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Systems that already run somewhere: nothing is started or stopped, and each scenario removes
 * what it created (its database, topics, connectors, buckets). Where the engine reaches a system
 * at another address than the tests do (containers), the {@code *.engine-*} settings say so.
 */
public final class ExternalEnvironment implements Environment {
    public static final String CONNECT_URL = "sluice.connect.url";
    public static final String CONNECT_USER = "sluice.connect.user";
    public static final String CONNECT_PASSWORD = "sluice.connect.password";
    public static final String CONNECT_TRUSTSTORE = "sluice.connect.truststore";
    public static final String CONNECT_TRUSTSTORE_PASSWORD = "sluice.connect.truststore-password";
    /** Prefix of the settings every Kafka client gets, e.g. {@code sluice.kafka.client.security.protocol}. */
    public static final String KAFKA_CLIENT_PREFIX = "sluice.kafka.client.";

    public static final String KAFKA_BOOTSTRAP = "sluice.kafka.bootstrap";
    public static final String KAFKA_ENGINE_BOOTSTRAP = "sluice.kafka.engine-bootstrap";

    private final Settings settings;
    private final String name;
    private final boolean reused;
    private final Map<String, java.time.Duration> startTimes = new java.util.LinkedHashMap<>();
    private boolean started;

    public ExternalEnvironment(Settings settings) {
        this(settings, "external", false);
    }

    /**
     * Running systems under another name: a reused environment ({@link ReusedEnvironments}), which
     * checked that they answer before.
     */
    ExternalEnvironment(Settings settings, String name, boolean reused) {
        this.settings = settings;
        this.name = name;
        this.reused = reused;
        this.started = true;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean reused() {
        return reused;
    }

    /** Filled by {@link ReusedEnvironments}: how long the attach (and a first start) took. */
    @Override
    public Map<String, java.time.Duration> startTimes() {
        return startTimes;
    }

    /** Checks that every system answers, so that a wrong setting fails here and not in a scenario. */
    @Override
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        check(CONNECT_URL, () -> {
            ConnectAccess access = connectAccess();
            HttpResponse<Void> r = access.httpClient(Duration.ofSeconds(5))
                    .send(
                            access.get(connectUrl().resolve("/connectors"), Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 401 || r.statusCode() == 403) {
                throw new IllegalStateException("HTTP " + r.statusCode() + ": the engine wants credentials that let "
                        + "Sluice in (" + access + "); set " + CONNECT_USER + " and " + CONNECT_PASSWORD);
            }
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode());
            }
        });
        check(KAFKA_BOOTSTRAP, () -> {
            Map<String, Object> admin = new java.util.HashMap<>(kafkaClientSettings());
            admin.putAll(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    kafkaBootstrapServers(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                    5000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                    10000));
            try (Admin client = Admin.create(admin)) {
                client.describeCluster().nodes().get(10, TimeUnit.SECONDS);
            }
        });
        for (ReachedExternally plugin : ServicePlugins.with(ReachedExternally.class)) {
            plugin.externalAddress(settings, false)
                    .ifPresent(address ->
                            check(String.join(", ", plugin.addressSettings()), () -> plugin.verifyReachable(address)));
        }
    }

    private interface Check {
        void run() throws Exception;
    }

    private void check(String setting, Check check) {
        try {
            check.run();
        } catch (Exception e) {
            throw new ServiceStartException(
                    name(),
                    "the system named by " + setting + " ("
                            + settings.find(setting).orElse("unset") + ") does not answer: " + e.getMessage()
                            + ". Check the setting and that the system runs.",
                    null,
                    null,
                    e);
        }
    }

    @Override
    public URI connectUrl() {
        return URI.create(settings.get(CONNECT_URL));
    }

    @Override
    public String kafkaBootstrapServers() {
        return settings.get(KAFKA_BOOTSTRAP);
    }

    @Override
    public String kafkaBootstrapServersForEngine() {
        return settings.find(KAFKA_ENGINE_BOOTSTRAP).orElse(kafkaBootstrapServers());
    }

    @Override
    public ConnectAccess connectAccess() {
        String truststore = settings.find(CONNECT_TRUSTSTORE).orElse(null);
        return new ConnectAccess(
                settings.find(CONNECT_USER).orElse(null),
                settings.find(CONNECT_PASSWORD).orElse(null),
                truststore == null ? null : java.nio.file.Path.of(truststore),
                settings.find(CONNECT_TRUSTSTORE_PASSWORD).orElse(null));
    }

    @Override
    public Map<String, String> kafkaClientSettings() {
        return settings.withPrefix(KAFKA_CLIENT_PREFIX);
    }

    /**
     * The service plug-ins whose settings are set; a feature that uses one whose settings are not
     * set fails, saying which settings it needs.
     */
    @Override
    public void addServices(Map<String, Object> forTests, Map<String, Object> forEngine) {
        for (ReachedExternally plugin : ServicePlugins.with(ReachedExternally.class)) {
            plugin.externalAddress(settings, false).ifPresent(a -> forTests.put(plugin.id(), a));
            plugin.externalAddress(settings, true).ifPresent(a -> forEngine.put(plugin.id(), a));
        }
    }

    /** Nothing was started, so nothing is stopped. */
    @Override
    public void close() {}
}
