package dev.sluice.environment.local;

import java.util.List;
import java.util.Optional;

/** What a kept local environment tells its user: where each service runs, and one command to stop them all. */
final class KeptServices {
    private KeptServices() {}

    static String describe(List<LocalJvmService> running, RunDirectory run) {
        StringBuilder b = new StringBuilder("local environment kept (sluice.keep=true):\n");
        for (LocalJvmService s : running) {
            b.append(String.format("  %-9s %s (pid %d)%n", s.name(), s.describeEndpoint(), s.pid()));
        }
        b.append("  logs      ").append(run.logsDir()).append('\n');
        b.append("  stop it with: ")
                .append(stopCommand(running).orElse("(nothing runs)"))
                .append("   (the next run removes ")
                .append(run.root())
                .append(')');
        return b.toString();
    }

    /**
     * SIGTERM: each service shuts down cleanly (PostgreSQL's JVM stops the server); the command
     * returns once they are gone, or after a minute.
     */
    static Optional<String> stopCommand(List<LocalJvmService> running) {
        List<String> pids = running.stream().map(s -> Long.toString(s.pid())).toList();
        return pids.isEmpty()
                ? Optional.empty()
                : Optional.of("kill " + String.join(" ", pids) + "; timeout 60 sh -c 'while ps -p "
                        + String.join(",", pids) + " >/dev/null; do sleep 0.2; done'");
    }
}
