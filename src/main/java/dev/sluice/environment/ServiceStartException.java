package dev.sluice.environment;

import java.util.List;

/** A service did not become ready: names the service, the reason and the last lines of its log. */
public class ServiceStartException extends RuntimeException {

    public ServiceStartException(
            String service, String reason, String logLocation, List<String> lastLogLines, Throwable cause) {
        super(message(service, reason, logLocation, lastLogLines), cause);
    }

    private static String message(String service, String reason, String logLocation, List<String> lastLogLines) {
        StringBuilder b = new StringBuilder("Service '")
                .append(service)
                .append("' failed to start: ")
                .append(reason);
        if (logLocation != null) {
            b.append("\nIts log is ").append(logLocation);
        }
        if (lastLogLines != null && !lastLogLines.isEmpty()) {
            b.append("; last ").append(lastLogLines.size()).append(" lines:\n");
            lastLogLines.forEach(l -> b.append("  | ").append(l).append('\n'));
        }
        return b.toString();
    }
}
