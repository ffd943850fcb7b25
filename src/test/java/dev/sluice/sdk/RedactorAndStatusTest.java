package dev.sluice.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorAndStatusTest {
    @Test
    void secretKeysAndRegisteredSecretsAreMasked() {
        Redactor.register("pa55word-xyz");
        Map<String, String> redacted = Redactor.redact(Map.of(
                "database.password",
                "anything",
                "connection.url",
                "jdbc:postgresql://h/db?password=pa55word-xyz",
                "aws.secret.access.key",
                "k",
                "name",
                "x"));
        assertThat(redacted)
                .containsEntry("database.password", "****")
                .containsEntry("aws.secret.access.key", "****")
                .containsEntry("name", "x")
                .containsEntry("connection.url", "jdbc:postgresql://h/db?password=****");
        assertThat(new EngineException("PUT /x", 400, "bad pa55word-xyz").getMessage())
                .doesNotContain("pa55word-xyz");
        assertThat(new dev.sluice.postgres.PostgresEndpoint("h", 1, "u", "pa55word-xyz").toString())
                .doesNotContain("pa55word");
    }

    @Test
    void statusTellsRunningFromFailedAndKeepsTheTrace() throws Exception {
        ConnectorStatus failed = ConnectorStatus.fromJson(new ObjectMapper().readTree("""
                {"name":"c","connector":{"state":"RUNNING"},"tasks":[{"id":0,"state":"RUNNING"},
                 {"id":1,"state":"FAILED","trace":"org.postgresql.util.PSQLException: boom"}]}"""));
        assertThat(failed.isRunning()).isFalse();
        assertThat(failed.hasFailed()).isTrue();
        assertThat(failed.failureTrace()).hasValue("org.postgresql.util.PSQLException: boom");
        assertThat(failed.summary()).isEqualTo("RUNNING, tasks [0: RUNNING, 1: FAILED]");

        ConnectorStatus noTasks = ConnectorStatus.fromJson(
                new ObjectMapper().readTree("{\"name\":\"c\",\"connector\":{\"state\":\"RUNNING\"},\"tasks\":[]}"));
        assertThat(noTasks.isRunning())
                .as("a connector without tasks moves no data")
                .isFalse();
    }

    @Test
    void aConnectorBeingMovedBetweenWorkersIsToldFromOneThatStopped() throws Exception {
        assertThat(status("UNASSIGNED", "RUNNING").isMoving()).isTrue();
        assertThat(status("RUNNING", "UNASSIGNED").isMoving()).isTrue();
        assertThat(status("RUNNING", "RESTARTING").isMoving()).isTrue();
        assertThat(status("RUNNING", "RUNNING").isMoving())
                .as("running, not moving")
                .isFalse();
        assertThat(status("RUNNING", "FAILED").isMoving()).isFalse();
        assertThat(status("STOPPED", "UNASSIGNED").isMoving()).isFalse();
        assertThat(status("PAUSED", "PAUSED").isMoving()).isFalse();
    }

    private static ConnectorStatus status(String connector, String task) throws Exception {
        return ConnectorStatus.fromJson(new ObjectMapper()
                .readTree("{\"name\":\"c\",\"connector\":{\"state\":\"" + connector + "\"},\"tasks\":[{\"id\":0,"
                        + "\"state\":\"" + task + "\"}]}"));
    }

    @Test
    void rebalanceAnswersAreRetriedAndOtherErrorsAreNot() {
        assertThat(ConnectClient.duringRebalance(409, "")).isTrue();
        assertThat(
                        ConnectClient.duringRebalance(
                                500,
                                "{\"error_code\":500,\"message\":\"Request cannot be completed because a rebalance is expected\"}"))
                .isTrue();
        assertThat(ConnectClient.duringRebalance(500, "{\"error_code\":500,\"message\":\"NullPointerException\"}"))
                .isFalse();
        assertThat(ConnectClient.duringRebalance(400, "rebalance is expected")).isFalse();
    }
}
