package dev.sluice.environment.docker;

import dev.sluice.environment.service.Credentials;
import dev.sluice.environment.service.Readiness;
import dev.sluice.environment.service.RunsInContainer;
import dev.sluice.environment.service.ServicePlugins;
import dev.sluice.environment.service.StartsEagerly;
import dev.sluice.environment.shared.FreePorts;
import dev.sluice.sdk.system.Services;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.containers.wait.strategy.WaitStrategy;

/** The service plug-ins' containers: each starts when a scenario first uses it, or eagerly beside the engine. */
final class OnDemandContainers {
    private final String runId;
    private final Supplier<ServiceContainers> containers;
    private final Supplier<SluiceImages> images;
    /** Started service plug-ins by id, with the credentials each was given. */
    private final Map<String, GenericContainer<?>> plugged = new LinkedHashMap<>();

    private final Map<String, Credentials> pluggedCredentials = new LinkedHashMap<>();

    OnDemandContainers(String runId, Supplier<ServiceContainers> containers, Supplier<SluiceImages> images) {
        this.runId = runId;
        this.containers = containers;
        this.images = images;
    }

    void addTo(Map<String, Object> forTests, Map<String, Object> forEngine) {
        for (RunsInContainer plugin : ServicePlugins.with(RunsInContainer.class)) {
            forTests.put(plugin.id(), (Services.OnDemand) () -> plugged(plugin, false));
            forEngine.put(plugin.id(), (Services.OnDemand) () -> plugged(plugin, true));
        }
    }

    /** Starts the plug-ins that start eagerly, on another thread: the broker and the workers start meanwhile. */
    CompletableFuture<Void> startEagerly() {
        return CompletableFuture.runAsync(() -> ServicePlugins.with(RunsInContainer.class).stream()
                .filter(StartsEagerly.class::isInstance)
                .forEach(plugin -> plugged(plugin, false)));
    }

    /** The started ones' addresses as the host sees them, for a kept environment's listing. */
    void addKeptUrls(Map<String, String> urls) {
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
    private static WaitStrategy waitStrategy(RunsInContainer plugin, Credentials credentials) {
        Readiness ready = plugin.containerReadiness();
        if (ready instanceof Readiness.Answers answers) {
            return new AnswersWaitStrategy(
                    answers, plugin.port(), mapped -> plugin.address("localhost", mapped, credentials));
        }
        if (ready instanceof Readiness.HttpOk http) {
            return Wait.forHttp(http.path()).forPort(plugin.port());
        }
        if (ready instanceof Readiness.LogLine line) {
            return Wait.forLogMessage(".*" + line.regex() + ".*", 1);
        }
        return Wait.forListeningPort();
    }

    /** docker restart of a started service plug-in's container (same data, same host port), until it is ready again. */
    synchronized void restart(String id, DockerFaults faults) {
        Started started = started(id, "restarted");
        faults.restart(started.container(), id, started::answers);
    }

    /** Cuts a started service plug-in's container off the run's network for a while, until it answers again. */
    synchronized void cutNetwork(String id, Duration cut, DockerFaults faults) {
        Started started = started(id, "cut off the network");
        faults.cutAndRestore(started.container(), id, cut, started::answers);
    }

    private record Started(RunsInContainer plugin, GenericContainer<?> container, Credentials credentials) {
        boolean answers() throws Exception {
            return answersAfterRestart(plugin, container, credentials);
        }
    }

    private Started started(String id, String what) {
        GenericContainer<?> c = plugged.get(id);
        RunsInContainer plugin = ServicePlugins.with(RunsInContainer.class).stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElse(null);
        if (c == null || plugin == null) {
            throw new IllegalStateException(
                    "The service '" + id + "' has not been started in this run, so it cannot be " + what
                            + ": use it first (a step that seeds or reads it, or a pipeline that does)");
        }
        return new Started(plugin, c, pluggedCredentials.get(id));
    }

    private static boolean answersAfterRestart(RunsInContainer plugin, GenericContainer<?> c, Credentials credentials)
            throws Exception {
        int mapped = c.getMappedPort(plugin.port());
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("localhost", mapped), 1000);
        }
        Readiness ready = plugin.containerReadiness();
        if (ready instanceof Readiness.Answers answers) {
            return answers.check().answers(plugin.address("localhost", mapped, credentials));
        }
        if (ready instanceof Readiness.HttpOk http) {
            var connection = (java.net.HttpURLConnection) java.net
                    .URI
                    .create("http://localhost:" + mapped + http.path())
                    .toURL()
                    .openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        }
        return true;
    }

    synchronized Object plugged(RunsInContainer plugin, boolean forEngine) {
        ServiceContainers running = started();
        GenericContainer<?> c = plugged.get(plugin.id());
        if (c == null) {
            Credentials credentials = Credentials.generate();
            c = running.define(images.get().plugged(plugin), plugin.id(), FreePorts.next(), plugin.port())
                    .withEnv(plugin.containerEnvironment(credentials))
                    .waitingFor(waitStrategy(plugin, credentials));
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
}
