package dev.sluice.s3;

import dev.sluice.environment.Settings;
import dev.sluice.environment.service.Credentials;
import dev.sluice.environment.service.ImageBuild;
import dev.sluice.environment.service.LocalLaunch;
import dev.sluice.environment.service.LocalRun;
import dev.sluice.environment.service.ReachedExternally;
import dev.sluice.environment.service.Readiness;
import dev.sluice.environment.service.RunsInContainer;
import dev.sluice.environment.service.RunsLocally;
import dev.sluice.environment.shared.FileTrees;
import dev.sluice.sdk.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The S3-compatible server the lake needs: S3Proxy with an in-memory backend and AWS v4
 * authentication, the run's credentials as its keys. Locally a child JVM of its Maven Central jar;
 * in docker the image {@code docker/s3/}; externally {@value #ENDPOINT}.
 */
public final class S3Service implements RunsLocally, RunsInContainer, ReachedExternally {
    public static final String VERSION = "sluice.s3proxy.version";
    public static final String ENDPOINT = "sluice.s3.endpoint";
    public static final String ENGINE_ENDPOINT = "sluice.s3.engine-endpoint";
    public static final String ACCESS_KEY = "sluice.s3.access-key";
    public static final String SECRET_KEY = "sluice.s3.secret-key";
    public static final String REGION = "sluice.s3.region";
    static final String DEFAULT_VERSION = "2.6.0";
    private static final String DEFAULT_REGION = "us-east-1";
    private static final int PORT = 9000;
    private static final Readiness.Answers READY = new Readiness.Answers("a signed ListBuckets answered", address -> {
        try (var client = ((S3Endpoint) address).newClient()) {
            client.listBuckets();
            return true;
        }
    });

    @Override
    public String id() {
        return S3LakeSystem.ID;
    }

    @Override
    public String title() {
        return "the S3 server";
    }

    @Override
    public List<String> definingSettings() {
        return List.of(VERSION);
    }

    private static String version(Settings settings) {
        return settings.find(VERSION).orElse(DEFAULT_VERSION);
    }

    private static String coordinates(Settings settings) {
        return "org.gaul:s3proxy:jar:jar-with-dependencies:" + version(settings);
    }

    @Override
    public int port() {
        return PORT;
    }

    @Override
    public Object address(String host, int port, Credentials credentials) {
        return new S3Endpoint(
                URI.create("http://" + host + ":" + port), DEFAULT_REGION, credentials.user(), credentials.password());
    }

    @Override
    public LocalLaunch prepareLocal(LocalRun run) {
        Path jar = run.artifacts().artifact(coordinates(run.settings()));
        Path config = run.dataDir().resolve("s3proxy.properties");
        Map<String, String> properties = new LinkedHashMap<>(serverProperties(run.credentials()));
        properties.put("s3proxy.endpoint", "http://127.0.0.1:" + run.port());
        try {
            Files.createDirectories(run.dataDir());
            FileTrees.writeOwnerOnly(config, FileTrees.keyValueLines(properties));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write S3Proxy's configuration " + config, e);
        }
        return new LocalLaunch(
                List.of(jar),
                "org.gaul.s3proxy.Main",
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                List.of("--properties", config.toString()),
                Map.of());
    }

    /** S3Proxy's configuration but where it listens; the container's start script writes the same. */
    private static Map<String, String> serverProperties(Credentials credentials) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("s3proxy.authorization", "aws-v2-or-v4");
        p.put("s3proxy.identity", credentials.user());
        p.put("s3proxy.credential", credentials.password());
        p.put("s3proxy.ignore-unknown-headers", "true");
        p.put("jclouds.provider", "transient");
        p.put("jclouds.identity", "local");
        p.put("jclouds.credential", "local");
        return p;
    }

    @Override
    public Readiness localReadiness() {
        return READY;
    }

    @Override
    public String image(Settings settings) {
        return "sluice/s3:" + version(settings);
    }

    @Override
    public Map<String, String> containerEnvironment(Credentials credentials) {
        return Map.of("S3_ACCESS_KEY", credentials.user(), "S3_SECRET_KEY", credentials.password());
    }

    @Override
    public Readiness containerReadiness() {
        return READY;
    }

    @Override
    public void prepareImage(ImageBuild build) {
        Path libs = build.context().resolve("libs");
        FileTrees.delete(libs);
        Path jar = build.artifacts().artifact(coordinates(build.settings()));
        try {
            Files.createDirectories(libs);
            Files.copy(jar, libs.resolve(jar.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + jar + " into " + libs, e);
        }
    }

    @Override
    public Optional<Object> externalAddress(Settings settings, boolean forEngine) {
        Optional<String> url =
                forEngine ? settings.find(ENGINE_ENDPOINT).or(() -> settings.find(ENDPOINT)) : settings.find(ENDPOINT);
        return url.map(u -> new S3Endpoint(
                URI.create(u),
                settings.find(REGION).orElse(DEFAULT_REGION),
                settings.get(ACCESS_KEY),
                settings.get(SECRET_KEY)));
    }

    @Override
    public List<String> addressSettings() {
        return List.of(ENDPOINT);
    }

    @Override
    public void verifyReachable(Object forTests) throws Exception {
        Redactor.register(((S3Endpoint) forTests).secretKey());
        READY.check().answers(forTests);
    }

    @Override
    public Map<String, String> externalSettings(Object forTests, Object forEngine) {
        S3Endpoint tests = (S3Endpoint) forTests;
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(ENDPOINT, tests.url().toString());
        if (forEngine instanceof S3Endpoint engine) {
            settings.put(ENGINE_ENDPOINT, engine.url().toString());
        }
        settings.put(ACCESS_KEY, tests.accessKey());
        settings.put(SECRET_KEY, tests.secretKey());
        settings.put(REGION, tests.region());
        return settings;
    }
}
