package dev.sluice.environment.shared;

import dev.sluice.sdk.system.StageLibrary;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks a stage library's official plugin archive into {@code <work>/stage-libraries/<id>-<version>/},
 * a directory that goes on the worker's {@code plugin.path}. Unpacked once per version, then reused.
 */
public final class StageLibraryInstaller {
    private static final String COMPLETE_MARKER = ".sluice-complete";

    private final Path root;
    private final MavenArtifacts artifacts;

    public StageLibraryInstaller(Path workDir, MavenArtifacts artifacts) {
        this.root = workDir.toAbsolutePath().normalize().resolve("stage-libraries");
        this.artifacts = artifacts;
    }

    public Path install(StageLibrary library, String version) {
        Path target = root.resolve(library.id() + "-" + version);
        if (Files.exists(target.resolve(COMPLETE_MARKER))) {
            return target;
        }
        FileTrees.delete(target);
        if (library.archive(version).isPresent()) {
            untar(artifacts.artifact(library.archive(version).get()), target);
        } else {
            assemble(library, version, target.resolve(library.id()));
        }
        FileTrees.writeString(target.resolve(COMPLETE_MARKER), library.id() + " " + version);
        return target;
    }

    /** A plugin directory of jars: the artifacts, their runtime dependencies, minus what the worker provides. */
    private void assemble(StageLibrary library, String version, Path pluginDir) {
        List<Path> jars = new ArrayList<>(
                artifacts.runtimeClasspath(library.withDependencies(version), StageLibrary.PROVIDED_BY_THE_WORKER));
        library.withoutDependencies(version).forEach(c -> jars.add(artifacts.artifact(c)));
        try {
            Files.createDirectories(pluginDir);
            for (Path jar : jars) {
                Path link = pluginDir.resolve(jar.getFileName());
                try {
                    // A hard link costs no space; across file systems, a copy.
                    Files.createLink(link, jar);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(jar, link, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not assemble stage library " + library.id() + " in " + pluginDir, e);
        }
    }

    static void untar(Path archive, Path target) {
        try (InputStream file = Files.newInputStream(archive);
                TarArchiveInputStream tar =
                        new TarArchiveInputStream(new GzipCompressorInputStream(new BufferedInputStream(file)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("archive entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isFile()) {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack stage library archive " + archive + " into " + target, e);
        }
    }
}
