package dev.sluice.environment.local;

import dev.sluice.environment.Settings;
import dev.sluice.environment.service.Credentials;
import dev.sluice.environment.service.RunsLocally;
import dev.sluice.environment.service.ServicePlugins;
import dev.sluice.environment.service.StartsEagerly;
import dev.sluice.sdk.system.Services;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The service plug-ins as local processes: each starts when a scenario first asks for it, so that a
 * run which never uses it neither downloads nor starts it, except those that start eagerly (beside
 * the engine). They join the run directory of the environment and stop with it.
 */
final class OnDemandServices {
    private final Settings settings;
    private final Path workDir;
    private final Supplier<RunDirectory> run;
    /** Started service plug-ins by id; its own lock, so that a start in progress can be aborted. */
    private final Map<String, PluggedProcess> plugged = Collections.synchronizedMap(new LinkedHashMap<>());

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

    /** Begins the start of each plug-in that starts eagerly among these starts (the engine's, the broker's). */
    void startEagerly(ConcurrentStarts starts) {
        for (RunsLocally plugin : ServicePlugins.with(RunsLocally.class)) {
            if (plugin instanceof StartsEagerly) {
                starts.begin(() -> plugged(plugin), () -> {
                    PluggedProcess starting = plugged.get(plugin.id());
                    if (starting != null) {
                        starting.abortStart();
                    }
                });
            }
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
            plugged.put(plugin.id(), process);
            process.start();
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

    /** These services and the plug-ins that were started, for start times, stop commands and listings. */
    LocalJvmService[] with(LocalJvmService... always) {
        List<LocalJvmService> all =
                new ArrayList<>(List.of(always).stream().filter(s -> s != null).toList());
        all.addAll(running());
        return all.toArray(LocalJvmService[]::new);
    }

    /** The plug-ins that were started (or began to). */
    List<LocalJvmService> running() {
        synchronized (plugged) {
            return new ArrayList<>(plugged.values());
        }
    }
}
