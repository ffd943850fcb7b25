package dev.sluice.sdk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.sdk.ConnectorStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MovingConnectorsTest {
    @Test
    void aPipelineBeingMovedIsWaitedForAndOneThatStoppedIsNot() {
        Optional<ConnectorStatus> running = status("RUNNING", "RUNNING");
        Optional<ConnectorStatus> moving = status("RUNNING", "UNASSIGNED");
        Optional<ConnectorStatus> failed = status("RUNNING", "FAILED");
        Optional<ConnectorStatus> paused = status("PAUSED", "PAUSED");

        assertThat(MovingConnectors.settled(List.of(running, running))).isTrue();
        assertThat(MovingConnectors.allRunning(List.of(running, running))).isTrue();

        assertThat(MovingConnectors.settled(List.of(running, moving)))
                .as("a move is waited for")
                .isFalse();
        assertThat(MovingConnectors.settled(List.of(moving, failed)))
                .as("a failed connector ends the wait, even beside one being moved")
                .isTrue();
        assertThat(MovingConnectors.allRunning(List.of(moving, failed))).isFalse();
        assertThat(MovingConnectors.settled(List.of(paused))).isTrue();
        assertThat(MovingConnectors.allRunning(List.of(paused))).isFalse();
        assertThat(MovingConnectors.settled(List.of(running, Optional.empty())))
                .as("a connector that is gone will not come back")
                .isTrue();
        assertThat(MovingConnectors.allRunning(List.of(running, Optional.empty())))
                .isFalse();
    }

    private static Optional<ConnectorStatus> status(String connector, String task) {
        return Optional.of(new ConnectorStatus(
                "c", connector, null, List.of(new ConnectorStatus.TaskStatus(0, task, null, "127.0.0.1:8083"))));
    }
}
