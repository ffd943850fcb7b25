package dev.sluice.environment.local;

import dev.sluice.environment.Settings;
import dev.sluice.environment.service.Credentials;
import dev.sluice.environment.service.RunsLocally;
import dev.sluice.environment.service.ServicePlugins;
import dev.sluice.sdk.system.Services;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The local services that start only when a scenario first asks for them (the service plug-ins),
 * so that a run which never uses them neither downloads nor starts them. They join the run
 * directory of the environment and stop with it.
 */
final class OnDemandServices {
    private final Settings settings;
    private final Path workDir;
    private final Supplier<RunDirectory> run;
    /** Started service plug-ins by id. */
    private final Map<String, PluggedProcess> plugged = new LinkedHashMap<>();

    OnDemandServices(Settings settings, Path workDir, Supplier<RunDirectory> run) {
        this.settings = settings;
        this.workDir = workDir;
        this.run = run;
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
            process = new PluggedProcess(plugin, run, settings, Credentials.generate());
            process.start();
            plugged.put(plugin.id(), process);
        }
        return process.address();
    }

    /** Stops a started service plug-in cleanly and starts it again on the same port and data. */
    synchronized void restart(String id) {
        PluggedProcess process = plugged.get(id);
        if (process == null) {
            throw new IllegalStateException(
                    "The service '" + id + "' has not been started in this run, so it cannot be "
                            + "restarted: use it first (a step that seeds or reads it, or a pipeline that does)");
        }
        process.restart();
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
        started.addAll(plugged.values());
        return started;
    }
}
