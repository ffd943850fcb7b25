package dev.sluice.environment.local;

import dev.sluice.environment.Secrets;
import dev.sluice.environment.Settings;
import dev.sluice.environment.service.Credentials;
import dev.sluice.environment.service.RunsLocally;
import dev.sluice.environment.service.ServicePlugins;
import dev.sluice.environment.shared.MavenArtifacts;
import dev.sluice.sdk.Redactor;
import dev.sluice.sdk.S3Endpoint;
import dev.sluice.sdk.system.DatabaseServer;
import dev.sluice.sdk.system.Services;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The local services that start only when a scenario first asks for them (S3Proxy and MariaDB),
 * so that a run which never uses them neither downloads nor starts them. They join the run
 * directory of the environment and stop with it.
 */
final class OnDemandServices {
    private final Settings settings;
    private final Path workDir;
    private final Supplier<RunDirectory> run;
    private S3Server s3;
    private MariaDbServer mariadb;
    /** Started service plug-ins by id. */
    private final Map<String, PluggedProcess> plugged = new LinkedHashMap<>();

    OnDemandServices(Settings settings, Path workDir, Supplier<RunDirectory> run) {
        this.settings = settings;
        this.workDir = workDir;
        this.run = run;
    }

    synchronized S3Endpoint s3() {
        RunDirectory run = this.run.get();
        if (run == null) {
            throw new IllegalStateException("The local environment is not started");
        }
        if (s3 == null || !s3.isRunning()) {
            S3Server server;
            try (MavenArtifacts artifacts = new MavenArtifacts()) {
                server = new S3Server(
                        run,
                        settings.duration(Settings.SERVICE_START_TIMEOUT),
                        List.of(artifacts.artifact("org.gaul:s3proxy:jar:jar-with-dependencies:"
                                + settings.get(Settings.S3PROXY_VERSION))),
                        "sluice-" + run.id(),
                        Secrets.generate());
            }
            Redactor.register(server.endpoint().secretKey());
            server.start();
            s3 = server;
        }
        return s3.endpoint();
    }

    synchronized DatabaseServer mariadb() {
        RunDirectory run = this.run.get();
        if (run == null) {
            throw new IllegalStateException("The local environment is not started");
        }
        if (mariadb == null || !mariadb.isRunning()) {
            String version = settings.get(Settings.MARIADB_VERSION);
            Path binaries;
            try (MavenArtifacts artifacts = new MavenArtifacts()) {
                binaries = MariaDbBinaries.unpack(
                        artifacts.artifact(MariaDbBinaries.coordinates(version)),
                        version,
                        workDir.toAbsolutePath().resolve("mariadb-binaries"));
            }
            MariaDbServer server = new MariaDbServer(
                    run, settings.duration(Settings.SERVICE_START_TIMEOUT), Secrets.generate(), binaries);
            Redactor.register(server.endpoint().password());
            server.start();
            mariadb = server;
        }
        return mariadb.endpoint();
    }

    /** Every service plug-in that runs locally, started on first use, as the tests and the engine reach it. */
    void addPlugins(Map<String, Object> forTests, Map<String, Object> forEngine) {
        for (RunsLocally plugin : ServicePlugins.with(RunsLocally.class)) {
            forTests.put(plugin.id(), (Services.OnDemand) () -> plugged(plugin));
            forEngine.put(plugin.id(), (Services.OnDemand) () -> plugged(plugin));
        }
    }

    private synchronized Object plugged(RunsLocally plugin) {
        RunDirectory run = this.run.get();
        if (run == null) {
            throw new IllegalStateException("The local environment is not started");
        }
        PluggedProcess process = plugged.get(plugin.id());
        if (process == null || !process.isRunning()) {
            String password = Secrets.generate();
            Redactor.register(password);
            process = new PluggedProcess(plugin, run, settings, new Credentials("sluice", password));
            process.start();
            plugged.put(plugin.id(), process);
        }
        return process.address();
    }

    /** These services and the on-demand ones that were started, for start times, stop commands and listings. */
    synchronized LocalJvmService[] with(LocalJvmService... always) {
        List<LocalJvmService> all =
                new ArrayList<>(List.of(always).stream().filter(s -> s != null).toList());
        all.addAll(running());
        return all.toArray(LocalJvmService[]::new);
    }

    /** The on-demand services that were started. */
    synchronized List<LocalJvmService> running() {
        List<LocalJvmService> started = new ArrayList<>();
        if (s3 != null) {
            started.add(s3);
        }
        if (mariadb != null) {
            started.add(mariadb);
        }
        started.addAll(plugged.values());
        return started;
    }
}
