package dev.sluice.environment.local;

import dev.sluice.sdk.StageLibrary;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Unpacks a stage library's official plugin archive into {@code <work>/stage-libraries/<id>-<version>/},
 * a directory that goes on the worker's {@code plugin.path}. Unpacked once per version, then reused.
 */
final class StageLibraryInstaller {
    private static final String COMPLETE_MARKER = ".sluice-complete";

    private final Path root;
    private final MavenArtifacts artifacts;

    StageLibraryInstaller(Path workDir, MavenArtifacts artifacts) {
        this.root = workDir.toAbsolutePath().normalize().resolve("stage-libraries");
        this.artifacts = artifacts;
    }

    Path install(StageLibrary library, String version) {
        Path target = root.resolve(library.id() + "-" + version);
        if (Files.exists(target.resolve(COMPLETE_MARKER))) {
            return target;
        }
        Path archive = artifacts.artifact(library.coordinates(version));
        RunDirectory.deleteTree(target);
        untar(archive, target);
        LocalFiles.writeString(target.resolve(COMPLETE_MARKER), library.coordinates(version));
        return target;
    }

    static void untar(Path archive, Path target) {
        try (InputStream file = Files.newInputStream(archive);
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(new BufferedInputStream(file)))) {
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
