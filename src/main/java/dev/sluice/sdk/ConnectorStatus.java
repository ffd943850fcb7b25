package dev.sluice.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A connector's state and its tasks' states, with the engine's stack traces for failures. */
public record ConnectorStatus(String name, String state, String trace, List<TaskStatus> tasks) {

    /** A task's state and the worker it runs on ({@code host:port}, Connect's worker id). */
    public record TaskStatus(int id, String state, String trace, String workerId) {}

    static ConnectorStatus fromJson(JsonNode json) {
        List<TaskStatus> tasks = new ArrayList<>();
        json.path("tasks")
                .forEach(t -> tasks.add(new TaskStatus(
                        t.path("id").asInt(),
                        t.path("state").asText(),
                        textOrNull(t.path("trace")),
                        textOrNull(t.path("worker_id")))));
        JsonNode connector = json.path("connector");
        return new ConnectorStatus(
                json.path("name").asText(),
                connector.path("state").asText(),
                textOrNull(connector.path("trace")),
                List.copyOf(tasks));
    }

    private static String textOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    /** RUNNING with at least one task, and every task RUNNING. */
    public boolean isRunning() {
        return "RUNNING".equals(state) && !tasks.isEmpty() && tasks.stream().allMatch(t -> "RUNNING".equals(t.state()));
    }

    /**
     * Being moved between workers: the connector or a task UNASSIGNED or RESTARTING, and everything else RUNNING. On a
     * cluster of several workers a rebalance does this to a healthy connector; it runs again within seconds.
     */
    public boolean isMoving() {
        List<String> states = new ArrayList<>(List.of(state));
        tasks.forEach(t -> states.add(t.state()));
        return !isRunning()
                && states.stream()
                        .allMatch(s -> s.equals("RUNNING") || s.equals("UNASSIGNED") || s.equals("RESTARTING"));
    }

    public boolean hasFailed() {
        return "FAILED".equals(state) || tasks.stream().anyMatch(t -> "FAILED".equals(t.state()));
    }

    /** The trace of the failed connector or of its first failed task. */
    public Optional<String> failureTrace() {
        if ("FAILED".equals(state) && trace != null) {
            return Optional.of(trace);
        }
        return tasks.stream()
                .filter(t -> "FAILED".equals(t.state()) && t.trace() != null)
                .map(TaskStatus::trace)
                .findFirst();
    }

    /** e.g. {@code RUNNING, tasks [0: RUNNING, 1: FAILED]}. */
    public String summary() {
        StringBuilder b = new StringBuilder(state).append(", tasks [");
        for (int i = 0; i < tasks.size(); i++) {
            b.append(i == 0 ? "" : ", ")
                    .append(tasks.get(i).id())
                    .append(": ")
                    .append(tasks.get(i).state());
        }
        return b.append(']').toString();
    }
}
