package dev.sluice.workspace;

import dev.sluice.environment.shared.FileTrees;
import dev.sluice.sdk.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What failed scenarios left behind with {@code sluice.keep=true}, for the person who asked: the
 * whole of it (credentials included) goes to a file only its owner can read, and a summary with
 * credentials masked to the console. Nothing of it goes to a report.
 */
public final class KeptForDebugging {
    private final Map<String, List<String>> byScenario = new LinkedHashMap<>();

    public synchronized void add(String scenario, List<String> whatIsLeft) {
        byScenario.put(scenario, List.copyOf(whatIsLeft));
    }

    public synchronized boolean isEmpty() {
        return byScenario.isEmpty();
    }

    /** Writes the file and returns the console's summary (credentials masked, pointing at the file). */
    public synchronized String report(Path file) {
        StringBuilder full = new StringBuilder();
        byScenario.forEach((scenario, lines) -> {
            full.append("Scenario: ").append(scenario).append('\n');
            lines.forEach(l -> full.append("  ").append(l).append('\n'));
        });
        try {
            FileTrees.writeOwnerOnly(file, full.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return "Kept for debugging, " + byScenario.size() + " failed scenario(s) (the environment's stop command "
                + "removes it all; with credentials in " + file.toAbsolutePath() + ", readable by you only):\n"
                + Redactor.redact(full.toString());
    }

    /** For each connector of the engine's pipelines: the curl command that shows its status (with credentials). */
    static List<String> connectorStatusCommands(
            dev.sluice.environment.Environment environment, dev.sluice.sdk.pipeline.PipelineEngine engine) {
        List<String> lines = new java.util.ArrayList<>();
        dev.sluice.sdk.ConnectAccess access = environment.connectAccess();
        String curl = "curl -s" + (access.authenticates() ? " -u " + access.user() + ":" + access.password() : "")
                + (access.trustStore() != null ? " -k" : "") + " ";
        java.net.URI url = environment.connectUrl();
        for (String pipeline : engine.pipelineNames()) {
            for (dev.sluice.sdk.pipeline.ConnectorSpec spec : engine.specs(pipeline)) {
                lines.add("Pipeline \"" + pipeline + "\", connector " + spec.name() + ": " + curl
                        + url.resolve("/connectors/" + spec.name() + "/status"));
            }
        }
        return lines;
    }
}
