package dev.sluice.environment.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerBitsTest {
    @Test
    void apiVersionIsReadFromTheEnginesVersionAnswer() {
        String answer = "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n"
                + "{\"Version\":\"20.10.24\",\"ApiVersion\":\"1.41\",\"MinAPIVersion\":\"1.12\"}";
        assertThat(DockerApi.parse(answer)).hasValue("1.41");
        assertThat(DockerApi.parse("HTTP/1.0 500 oops\r\n\r\n")).isEmpty();
    }

    @Test
    void onlyADeadOwnerOnThisHostIsReaped() throws Exception {
        String host = DockerReaper.owner().substring(0, DockerReaper.owner().lastIndexOf(':'));
        Process done = new ProcessBuilder("true").start();
        done.waitFor();

        assertThat(DockerReaper.ownerIsGone(Map.of(DockerEnvironment.OWNER, host + ":" + done.pid())))
                .isTrue();
        assertThat(DockerReaper.ownerIsGone(Map.of(DockerEnvironment.OWNER, DockerReaper.owner())))
                .isFalse();
        assertThat(DockerReaper.ownerIsGone(Map.of(DockerEnvironment.OWNER, "another-host:" + done.pid())))
                .isFalse();
        assertThat(DockerReaper.ownerIsGone(Map.of())).isFalse();
    }
}
