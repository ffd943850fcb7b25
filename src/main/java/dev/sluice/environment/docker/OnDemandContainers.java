package dev.sluice.environment.docker;

import dev.sluice.environment.Secrets;
import dev.sluice.environment.service.Credentials;
import dev.sluice.environment.service.RunsInContainer;
import dev.sluice.environment.service.ServicePlugins;
import dev.sluice.environment.shared.FreePorts;
import dev.sluice.sdk.Redactor;
import dev.sluice.sdk.S3Endpoint;
import dev.sluice.sdk.system.DatabaseServer;
import dev.sluice.sdk.system.Services;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/** The S3 server's, MariaDB's and the service plug-ins' containers: they start when a scenario first uses them. */
final class OnDemandContainers {
    private final String runId;
    private final Supplier<ServiceContainers> containers;
    private final Supplier<SluiceImages> images;
    private final String s3Secret = Secrets.generate();
    private final String mariadbPassword = Secrets.generate();
    private GenericContainer<?> s3;
    private GenericContainer<?> mariadb;
    /** Started service plug-ins by id, with the credentials each was given. */
    private final Map<String, GenericContainer<?>> plugged = new LinkedHashMap<>();

    private final Map<String, Credentials> pluggedCredentials = new LinkedHashMap<>();

    OnDemandContainers(String runId, Supplier<ServiceContainers> containers, Supplier<SluiceImages> images) {
        this.runId = runId;
        this.containers = containers;
        this.images = images;
    }

    void addTo(Map<String, Object> forTests, Map<String, Object> forEngine) {
        forTests.put("s3", (Services.OnDemand) () -> s3(false));
        forEngine.put("s3", (Services.OnDemand) () -> s3(true));
        forTests.put("mariadb", (Services.OnDemand) () -> mariadb(false));
        forEngine.put("mariadb", (Services.OnDemand) () -> mariadb(true));
        for (RunsInContainer plugin : ServicePlugins.with(RunsInContainer.class)) {
            forTests.put(plugin.id(), (Services.OnDemand) () -> plugged(plugin, false));
            forEngine.put(plugin.id(), (Services.OnDemand) () -> plugged(plugin, true));
        }
    }

    /** The started ones' addresses as the host sees them, for a kept environment's listing. */
    void addKeptUrls(Map<String, String> urls) {
        urls.put("s3", s3 == null ? null : s3(false).url().toString());
        urls.put("mariadb", mariadb == null ? null : mariadb(false).toString());
        for (RunsInContainer plugin : ServicePlugins.with(RunsInContainer.class)) {
            urls.put(
                    plugin.id(),
                    plugged.containsKey(plugin.id()) ? plugged(plugin, false).toString() : null);
        }
    }

    /**
     * A service plug-in's container, reachable as its id on the run's network: started on first
     * use, ready when its HTTP path answers 200.
     */
    synchronized Object plugged(RunsInContainer plugin, boolean forEngine) {
        ServiceContainers running = started();
        GenericContainer<?> c = plugged.get(plugin.id());
        if (c == null) {
            String password = Secrets.generate();
            Redactor.register(password);
            Credentials credentials = new Credentials("sluice", password);
            c = running.define(images.get().plugged(plugin), plugin.id(), FreePorts.next(), plugin.port())
                    .withEnv(plugin.containerEnvironment(credentials))
                    .waitingFor(Wait.forHttp(plugin.readyPath()).forPort(plugin.port()));
            running.start(plugin.id(), c);
            plugged.put(plugin.id(), c);
            pluggedCredentials.put(plugin.id(), credentials);
        }
        Credentials credentials = pluggedCredentials.get(plugin.id());
        return forEngine
                ? plugin.address(plugin.id(), plugin.port(), credentials)
                : plugin.address("localhost", c.getMappedPort(plugin.port()), credentials);
    }

    private ServiceContainers started() {
        ServiceContainers running = containers.get();
        if (running == null) {
            throw new IllegalStateException("The docker environment is not started");
        }
        return running;
    }

    synchronized S3Endpoint s3(boolean forEngine) {
        ServiceContainers running = started();
        if (s3 == null) {
            GenericContainer<?> c = running.define(images.get().s3(), "s3", FreePorts.next(), 9000)
                    .withEnv("S3_ACCESS_KEY", "sluice-" + runId)
                    .withEnv("S3_SECRET_KEY", s3Secret)
                    .waitingFor(Wait.forListeningPort());
            Redactor.register(s3Secret);
            running.start("s3", c);
            s3 = c;
        }
        URI url = forEngine ? URI.create("http://s3:9000") : URI.create("http://localhost:" + s3.getMappedPort(9000));
        return new S3Endpoint(url, "us-east-1", "sluice-" + runId, s3Secret);
    }

    synchronized DatabaseServer mariadb(boolean forEngine) {
        ServiceContainers running = started();
        if (mariadb == null) {
            GenericContainer<?> c = running.define(images.get().mariadb(), "mariadb", FreePorts.next(), 3306)
                    .withEnv("MARIADB_USER", "sluice")
                    .withEnv("MARIADB_PASSWORD", mariadbPassword)
                    // The first server of the container listens on no port; the second is the one to use.
                    .waitingFor(Wait.forListeningPort());
            Redactor.register(mariadbPassword);
            running.start("mariadb", c);
            mariadb = c;
        }
        return forEngine
                ? new DatabaseServer("mariadb", 3306, "sluice", mariadbPassword)
                : new DatabaseServer("localhost", mariadb.getMappedPort(3306), "sluice", mariadbPassword);
    }
}
