package dev.sluice.environment.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {
    @TempDir
    Path dir;

    @Test
    void aWrittenTreeTakesItsFinalName() throws IOException {
        Path written = FileTrees.writeString(dir.resolve("tree.partial/bin/tool"), "v1")
                .getParent()
                .getParent();
        FileTrees.publish(written, dir.resolve("tree"));
        assertThat(dir.resolve("tree/bin/tool")).hasContent("v1");
        assertThat(written).doesNotExist();
    }

    @Test
    void whenAnotherRunPublishedFirstTheirsStaysAndOursGoes() throws IOException {
        FileTrees.writeString(dir.resolve("tree/bin/tool"), "theirs");
        Path written = FileTrees.writeString(dir.resolve("tree.partial/bin/tool"), "ours")
                .getParent()
                .getParent();
        FileTrees.publish(written, dir.resolve("tree"));
        assertThat(dir.resolve("tree/bin/tool")).hasContent("theirs");
        assertThat(written).doesNotExist();
    }

    @Test
    void aFileReplacesTheSameFileOfAnotherRun() throws IOException {
        FileTrees.writeString(dir.resolve("a.jar"), "theirs");
        Path written = FileTrees.writeString(dir.resolve("a.jar.partial"), "ours");
        FileTrees.publish(written, dir.resolve("a.jar"));
        assertThat(dir.resolve("a.jar")).exists();
        assertThat(written).doesNotExist();
    }

    @Test
    void failsWhenNothingIsPublished() throws IOException {
        Path written = FileTrees.writeString(dir.resolve("a.partial"), "ours");
        assertThatThrownBy(() -> FileTrees.publish(written, dir.resolve("no/such/dir/a")))
                .isInstanceOf(IOException.class);
        assertThat(written).doesNotExist();
    }

    @Test
    void anOwnerOnlyFileIsReadableByItsOwnerAloneEvenWhenItWasThereBefore() throws IOException {
        Path file = FileTrees.writeString(dir.resolve("env/settings.sh"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        FileTrees.writeOwnerOnly(file, "export SLUICE_POSTGRES_PASSWORD='x'\n");
        assertThat(file).hasContent("export SLUICE_POSTGRES_PASSWORD='x'");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }
}
