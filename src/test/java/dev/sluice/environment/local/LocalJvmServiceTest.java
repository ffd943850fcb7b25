package dev.sluice.environment.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.environment.ServiceStartException;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service that dies while starting is reported with its name, the reason and its own last words. */
class LocalJvmServiceTest {
    @TempDir
    Path work;

    @Test
    void aServiceThatExitsWhileStartingSaysWhyWithItsLog() {
        RunDirectory run = RunDirectory.create(work);
        LocalJvmService service = new LocalJvmService(run, Duration.ofSeconds(30)) {
            @Override
            public String name() {
                return "broker";
            }

            @Override
            protected ChildJvm launch() {
                List<Path> classpath = Arrays.stream(
                                System.getProperty("java.class.path").split(File.pathSeparator))
                        .map(Path::of)
                        .toList();
                return new ChildJvm(
                        name(), classpath, FailingMain.class.getName(), List.of(), List.of(), Map.of(), run);
            }

            @Override
            protected List<Wait.Strategy> readiness() {
                return List.of(Wait.forListeningPort("127.0.0.1", 1));
            }

            @Override
            protected String describeEndpoint() {
                return "nowhere";
            }
        };

        assertThatThrownBy(service::start)
                .isInstanceOf(ServiceStartException.class)
                .hasMessageContaining("Service 'broker' failed to start")
                .hasMessageContaining("exited with code 3")
                .hasMessageContaining("FATAL: port 9092 is already in use")
                .hasMessageContaining(run.logsDir().resolve("broker.log").toString());
        assertThat(service.isRunning()).isFalse();
        service.stop();
        run.delete();
    }
}
