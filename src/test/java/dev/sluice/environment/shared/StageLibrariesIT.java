package dev.sluice.environment.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.environment.Settings;
import dev.sluice.environment.local.LocalEnvironment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stage libraries by Maven coordinates and by path, installed for real (Maven Central), and refused when absent. */
class StageLibrariesIT {
    private static final Settings DEFAULTS = new Settings(Map.of(), Map.of(), Map.of());

    @TempDir
    Path work;

    @Test
    void aJarByCoordinatesIsInstalledWithoutWhatTheWorkerProvides() throws IOException {
        try (MavenArtifacts artifacts = new MavenArtifacts()) {
            Path installed = new StageLibraryInstaller(work, artifacts)
                    .install(StageLibraryEntry.parse("org.apache.kafka:connect-file:4.1.1", work, DEFAULTS));

            assertThat(files(installed)).contains("connect-file/connect-file-4.1.1.jar");
            assertThat(files(installed)).noneMatch(f -> f.contains("kafka-clients") || f.contains("connect-api"));
        }
    }

    @Test
    void aDirectoryAJarAndAZipByPathBecomePluginDirectories() throws IOException {
        Path dir = Files.createDirectories(work.resolve("team/ours"));
        Files.writeString(dir.resolve("ours-1.0.jar"), "not really a jar");
        Path zip = work.resolve("team/zipped.zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("zipped-plugin/lib/zipped-1.0.jar"));
            z.write(1);
            z.closeEntry();
        }
        try (MavenArtifacts artifacts = new MavenArtifacts()) {
            StageLibraryInstaller installer = new StageLibraryInstaller(work.resolve("w"), artifacts);

            assertThat(files(installer.install(StageLibraryEntry.parse("path:team/ours", work, DEFAULTS))))
                    .containsExactly("path-ours/ours-1.0.jar");
            assertThat(files(installer.install(StageLibraryEntry.parse("path:team/ours/ours-1.0.jar", work, DEFAULTS))))
                    .containsExactly("path-ours-1.0/ours-1.0.jar");
            assertThat(files(installer.install(StageLibraryEntry.parse("path:team/zipped.zip", work, DEFAULTS))))
                    .containsExactly("zipped-plugin/lib/zipped-1.0.jar");
            assertThatThrownBy(() -> installer.install(StageLibraryEntry.parse("path:team/none", work, DEFAULTS)))
                    .hasMessageContaining("names 'path:team/none'")
                    .hasMessageContaining("there is no file or directory at");
        }
    }

    /** Before any scenario runs: the environment does not start, says which entry, and leaves no process. */
    @Test
    void coordinatesThatDoNotResolveStopTheEnvironmentStartNamingTheSettingAndTheArtifact() {
        Settings settings = new Settings(
                Map.of(
                        Settings.STAGE_LIBRARIES,
                        "debezium-jdbc,org.example.sluice:no-such-plugin:1.0",
                        Settings.WORK_DIR,
                        work.toString()),
                Map.of(),
                Map.of());
        LocalEnvironment environment = new LocalEnvironment(settings);

        assertThatThrownBy(environment::start)
                .hasMessageContaining(
                        "The setting sluice.stage-libraries names 'org.example.sluice:no-such-plugin:1.0'")
                .hasMessageContaining("org.example.sluice:no-such-plugin:jar:1.0");
        assertThat(ProcessHandle.current()
                        .descendants()
                        .filter(ProcessHandle::isAlive)
                        .toList())
                .as("processes left by the failed start")
                .isEmpty();
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString())
                    .filter(p -> !p.startsWith("."))
                    .sorted()
                    .toList();
        }
    }
}
