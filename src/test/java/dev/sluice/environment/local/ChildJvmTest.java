package dev.sluice.environment.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child's temporary files live in its run and go with it, never in the machine's /tmp. */
class ChildJvmTest {
    @TempDir
    Path work;

    @Test
    void temporaryFilesOfAChildAreInsideItsRunAndDeletedWithIt() {
        RunDirectory run = RunDirectory.create(work);
        List<Path> classpath = Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .toList();
        ChildJvm child =
                new ChildJvm("prober", classpath, TempFileMain.class.getName(), List.of(), List.of(), Map.of(), run);

        assertThat(child.start().waitFor(Duration.ofSeconds(30))).isZero();

        String said = child.logTail(5).stream()
                .filter(l -> l.startsWith("temp file: "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the child said nothing of its file: " + child.logTail(20)));
        Path file = Path.of(said.substring("temp file: ".length()));
        assertThat(file).startsWith(run.root()).exists();
        run.delete();
        assertThat(Files.exists(file)).isFalse();
    }
}
