package dev.sluice.environment.local;

import dev.sluice.environment.Settings;
import dev.sluice.environment.service.Credentials;
import dev.sluice.environment.service.LocalLaunch;
import dev.sluice.environment.service.LocalRun;
import dev.sluice.environment.service.Readiness;
import dev.sluice.environment.service.RunsLocally;
import dev.sluice.environment.service.ServicePlugins;
import dev.sluice.environment.shared.FreePorts;
import dev.sluice.environment.shared.MavenArtifacts;
import java.net.URI;
import java.util.List;

/**
 * A service plug-in ({@link RunsLocally}) as a child JVM of the run: the plug-in says what to
 * launch, this starts, watches, restarts and stops it like every other local service.
 */
final class PluggedProcess extends LocalJvmService {

    private final RunsLocally plugin;
    private final Settings settings;
    private final Credentials credentials;
    private final int port = FreePorts.next();

    PluggedProcess(RunsLocally plugin, RunDirectory run, Settings settings, Credentials credentials) {
        super(run, settings.duration(Settings.SERVICE_START_TIMEOUT));
        this.plugin = plugin;
        this.settings = settings;
        this.credentials = credentials;
    }

    @Override
    public String name() {
        return plugin.id();
    }

    /** Its address as the tests and the engine reach it: both share the loopback interface. */
    Object address() {
        return plugin.address("127.0.0.1", port, credentials);
    }

    @Override
    protected String describeEndpoint() {
        return String.valueOf(address());
    }

    @Override
    protected ChildJvm launch() {
        LocalLaunch launch;
        try (MavenArtifacts artifacts = new MavenArtifacts()) {
            launch = plugin.prepareLocal(new LocalRun(
                    settings,
                    artifacts,
                    ServicePlugins.CACHE,
                    run.dir(plugin.id()),
                    port,
                    credentials,
                    restarting(),
                    ChildJvm.thisJvmClasspath()));
        }
        return new ChildJvm(
                name(),
                launch.classpath(),
                launch.mainClass(),
                launch.arguments(),
                launch.jvmOptions(),
                launch.environment(),
                run);
    }

    @Override
    protected List<Wait.Strategy> readiness() {
        Readiness ready = plugin.localReadiness();
        if (ready instanceof Readiness.HttpOk http) {
            return List.of(Wait.forHttp(URI.create("http://127.0.0.1:" + port + http.path())));
        }
        if (ready instanceof Readiness.Answers answers) {
            return List.of(
                    Wait.forListeningPort("127.0.0.1", port),
                    Wait.until(answers.description(), () -> answers.check().answers(address())));
        }
        if (ready instanceof Readiness.LogLine line) {
            return List.of(Wait.forLogMessage(line.regex()), Wait.forListeningPort("127.0.0.1", port));
        }
        return List.of(Wait.forListeningPort("127.0.0.1", port));
    }
}
