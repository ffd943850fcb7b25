package dev.sluice.environment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts an environment (as the settings say) and leaves it running, for people who want to poke
 * at it and for pointing the suite's {@code external} environment at it. Writes the external
 * settings that reach it as environment variables to a file readable only by its owner, since they
 * include the generated passwords, and the command that stops it to {@code <file>.stop}.
 * Usage: {@code EnvironmentLauncher <file>}.
 */
public final class EnvironmentLauncher {
    private EnvironmentLauncher() {}

    public static void main(String[] args) throws Exception {
        System.setProperty(Settings.KEEP, "true");
        Settings settings = Settings.fromJvm();
        Environment environment = Environments.create(settings);
        environment.start();
        Map<String, String> external = HandOver.settingsFor(environment);
        HandOver.writeExports(external, Path.of(args[0]));
        Files.writeString(Path.of(args[0] + ".stop"), environment.stopCommand().orElse("true") + "\n");
        environment.close(); // kept: prints where everything runs and how to stop it
    }
}
