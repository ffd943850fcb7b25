package dev.sluice.environment.shared;

import dev.sluice.environment.CoreVersion;
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
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
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

    /**
     * Installs one entry of the stage-library setting and returns the directory for the worker's
     * {@code plugin.path}. An entry that does not resolve fails naming the setting and the entry.
     */
    public Path install(StageLibraryEntry entry) {
        try {
            if (entry instanceof StageLibraryEntry.Known known) {
                return install(known.library(), known.version());
            }
            return entry instanceof StageLibraryEntry.Coordinates coordinates
                    ? installCoordinates(coordinates)
                    : installPath((StageLibraryEntry.LocalPath) entry);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "The setting sluice.stage-libraries names '" + entry.entry() + "', which could not be installed: "
                            + e.getMessage(),
                    e);
        }
    }

    private Path installCoordinates(StageLibraryEntry.Coordinates asWritten) {
        StageLibraryEntry.Coordinates entry = asWritten;
        if (asWritten.entry().contains(StageLibraryEntry.CORE_VERSION)) {
            // Kafka's own plugin: its release, or the nearest served one.
            entry = asWritten.at(KafkaOwnArtifacts.servedRelease(
                    asWritten.unversioned(), CoreVersion.parse(asWritten.version()), artifacts));
        }
        Path target = root.resolve(entry.id() + "-" + entry.version());
        if (Files.exists(target.resolve(COMPLETE_MARKER))) {
            return target;
        }
        FileTrees.delete(target);
        if (entry.isArchive()) {
            unpack(artifacts.artifact(entry.forResolver()), target);
        } else {
            // The jar itself (even where its group is one the worker provides), then its own dependencies.
            List<Path> jars = new ArrayList<>(List.of(artifacts.artifact(entry.forResolver())));
            artifacts.runtimeClasspath(List.of(entry.forResolver()), StageLibrary.PROVIDED_BY_THE_WORKER).stream()
                    .filter(jar -> !jars.contains(jar))
                    .forEach(jars::add);
            link(jars, target.resolve(entry.id()));
        }
        FileTrees.writeString(target.resolve(COMPLETE_MARKER), entry.entry());
        return target;
    }

    /** A plugin at a path is installed afresh every time: its contents are the team's and may change. */
    private Path installPath(StageLibraryEntry.LocalPath entry) {
        Path source = entry.path();
        Path target = root.resolve(entry.id() + "-" + entry.version());
        FileTrees.delete(target);
        String name = source.getFileName().toString();
        if (Files.isDirectory(source)) {
            try (java.util.stream.Stream<Path> files = Files.list(source)) {
                link(files.toList(), target.resolve(entry.id()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the plugin directory " + source, e);
            }
        } else if (Files.isRegularFile(source) && name.endsWith(".jar")) {
            link(List.of(source), target.resolve(entry.id()));
        } else if (Files.isRegularFile(source)) {
            unpack(source, target);
        } else {
            throw new IllegalArgumentException("there is no file or directory at " + source);
        }
        return target;
    }

    /** Unpacks a zip or tar.gz plugin archive (its top directory becomes the plugin directory). */
    private static void unpack(Path archive, Path target) {
        String name = archive.getFileName().toString();
        if (name.endsWith(".zip")) {
            unzip(archive, target);
        } else if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            untar(archive, target);
        } else {
            throw new IllegalArgumentException(
                    archive + " is neither a directory, a jar, a zip nor a tar.gz plugin archive");
        }
    }

    public Path install(StageLibrary library, String version) {
        Path target = root.resolve(library.id() + "-" + version);
        if (!library.ownClasses().isEmpty()) {
            // Sluice's own classes change with Sluice, not with the version: packed afresh every time.
            FileTrees.delete(target);
            OwnClassesJar.write(
                    library.ownClasses(),
                    StageLibrary.TRANSFORMATION,
                    target.resolve(library.id()).resolve(library.id() + ".jar"));
            return target;
        }
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
        link(jars, pluginDir);
        if (!library.manifests().isEmpty()) {
            OwnClassesJar.writeManifests(library.manifests(), pluginDir.resolve("sluice-plugin-manifests.jar"));
        }
    }

    /** Hard links (or copies) of these files and directories in the plugin directory. */
    private static void link(List<Path> files, Path pluginDir) {
        try {
            Files.createDirectories(pluginDir);
            for (Path jar : files) {
                if (Files.isDirectory(jar)) {
                    FileTrees.copy(jar, pluginDir.resolve(jar.getFileName()), true);
                    continue;
                }
                Path link = pluginDir.resolve(jar.getFileName());
                try {
                    // A hard link costs no space; across file systems, a copy.
                    Files.createLink(link, jar);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(jar, link, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not assemble the plugin directory " + pluginDir, e);
        }
    }

    static void unzip(Path archive, Path target) {
        try (InputStream file = Files.newInputStream(archive);
                ZipArchiveInputStream zip = new ZipArchiveInputStream(new BufferedInputStream(file))) {
            extract(zip, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the plugin archive " + archive + " into " + target, e);
        }
    }

    static void untar(Path archive, Path target) {
        try (InputStream file = Files.newInputStream(archive);
                TarArchiveInputStream tar =
                        new TarArchiveInputStream(new GzipCompressorInputStream(new BufferedInputStream(file)))) {
            extract(tar, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the plugin archive " + archive + " into " + target, e);
        }
    }

    /** Every directory and file of the archive under the target, refusing entries that point outside it. */
    private static void extract(ArchiveInputStream<?> archive, Path target) throws IOException {
        ArchiveEntry entry;
        while ((entry = archive.getNextEntry()) != null) {
            Path out = target.resolve(entry.getName()).normalize();
            if (!out.startsWith(target)) {
                throw new IOException("archive entry outside the target directory: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(out);
            } else if (!(entry instanceof TarArchiveEntry tarEntry) || tarEntry.isFile()) {
                Files.createDirectories(out.getParent());
                Files.copy(archive, out, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
