package dev.sluice.registry;

import dev.sluice.environment.Settings;
import dev.sluice.environment.service.Credentials;
import dev.sluice.environment.service.ImageBuild;
import dev.sluice.environment.service.LocalLaunch;
import dev.sluice.environment.service.LocalRun;
import dev.sluice.environment.service.ReachedExternally;
import dev.sluice.environment.service.Readiness;
import dev.sluice.environment.service.RunsInContainer;
import dev.sluice.environment.service.RunsLocally;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A schema registry: Apicurio Registry with in-memory storage, speaking its own API and the
 * Confluent-compatible one. Locally a child JVM of the application {@link RegistryBuild} assembles
 * from Maven Central once per machine; in docker the image {@code docker/build.sh} makes of the
 * same build; externally {@value #URL} (and optionally basic authentication). Every environment
 * starts it only when a scenario first uses it.
 */
public final class SchemaRegistry implements RunsLocally, RunsInContainer, ReachedExternally {
    public static final String ID = "registry";
    public static final String VERSION = "sluice.registry.version";
    public static final String URL = "sluice.registry.url";
    public static final String ENGINE_URL = "sluice.registry.engine-url";
    public static final String USER = "sluice.registry.user";
    public static final String PASSWORD = "sluice.registry.password";
    /** The only version that can be assembled from what Maven Central serves here (see RegistryBuild). */
    static final String DEFAULT_VERSION = "2.4.2.Final";

    public static final String HOW_TO_REACH = "The local and docker environments start one when a scenario needs it; "
            + "for the external environment set " + URL + " (and " + ENGINE_URL
            + " when the engine reaches it at another address).";
    private static final int PORT = 8080;
    private static final Readiness READY = new Readiness.HttpOk("/health/ready");

    /** A client of the registry as the tests reach it; fails saying what needed it and how to name one. */
    public static RegistryClient clientForTests(dev.sluice.sdk.system.Services services, String neededFor) {
        return new RegistryClient(services.forTests(ID, RegistryEndpoint.class)
                .orElseThrow(() -> new IllegalStateException("The " + services.environment()
                        + " environment has no schema registry " + neededFor + ". " + HOW_TO_REACH)));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "the schema registry";
    }

    @Override
    public List<String> definingSettings() {
        return List.of(VERSION);
    }

    static String version(Settings settings) {
        return settings.find(VERSION).orElse(DEFAULT_VERSION);
    }

    @Override
    public int port() {
        return PORT;
    }

    @Override
    public Readiness localReadiness() {
        return READY;
    }

    @Override
    public Readiness containerReadiness() {
        return READY;
    }

    @Override
    public Object address(String host, int port, Credentials credentials) {
        // In-memory Apicurio lets everyone in: its authentication needs an OpenID Connect server.
        return RegistryEndpoint.open(URI.create("http://" + host + ":" + port));
    }

    @Override
    public LocalLaunch prepareLocal(LocalRun run) {
        Path app = RegistryBuild.ensure(run.cache(), version(run.settings()), run.artifacts());
        return new LocalLaunch(
                List.of(app.resolve(RegistryBuild.RUNNER)),
                RegistryBuild.MAIN_CLASS,
                List.of(
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-Dquarkus.http.host=127.0.0.1",
                        "-Dquarkus.http.port=" + run.port()),
                List.of(),
                Map.of());
    }

    @Override
    public String image(Settings settings) {
        return "sluice/registry:" + version(settings);
    }

    @Override
    public Map<String, String> containerEnvironment(Credentials credentials) {
        return Map.of();
    }

    @Override
    public void prepareImage(ImageBuild build) {
        Path app = RegistryBuild.ensure(build.cache(), version(build.settings()), build.artifacts());
        RegistryBuild.copyApplication(app, build.context().resolve("app"));
    }

    @Override
    public Optional<Object> externalAddress(Settings settings, boolean forEngine) {
        Optional<String> url = forEngine ? settings.find(ENGINE_URL).or(() -> settings.find(URL)) : settings.find(URL);
        return url.map(u -> new RegistryEndpoint(
                parse(forEngine && settings.find(ENGINE_URL).isPresent() ? ENGINE_URL : URL, u),
                settings.find(USER).orElse(null),
                settings.find(PASSWORD).orElse(null)));
    }

    @Override
    public List<String> addressSettings() {
        return List.of(URL);
    }

    @Override
    public void verifyReachable(Object forTests) {
        new RegistryClient((RegistryEndpoint) forTests).subjects();
    }

    private static URI parse(String setting, String url) {
        if (!url.matches("https?://[^/\\s]+(/\\S*)?") || url.contains("/apis/")) {
            throw new IllegalArgumentException("Setting " + setting
                    + " expects the registry's root URL, http(s)://host:port (without /apis/...), but was '" + url
                    + "'");
        }
        return URI.create(url);
    }

    @Override
    public Map<String, String> externalSettings(Object forTests, Object forEngine) {
        RegistryEndpoint tests = (RegistryEndpoint) forTests;
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(URL, tests.url().toString());
        if (forEngine instanceof RegistryEndpoint engine && !engine.url().equals(tests.url())) {
            settings.put(ENGINE_URL, engine.url().toString());
        }
        if (tests.authenticates()) {
            settings.put(USER, tests.user());
            settings.put(PASSWORD, tests.password());
        }
        return settings;
    }
}
