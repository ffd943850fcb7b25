package dev.sluice.environment.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Files and directory trees of the environments: written whole, removed best effort. */
public final class FileTrees {
    private FileTrees() {}

    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a later run's reaper retries
        }
    }

    /**
     * Gives a file or tree written under a temporary name its final name in one step, so that no other run ever sees
     * it half-written. When another run published the same thing first, theirs stays and this one is removed; fails
     * only when neither is there afterwards.
     */
    public static void publish(Path written, Path target) throws IOException {
        try {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            delete(written);
            if (!Files.exists(target)) {
                throw e;
            }
        }
    }

    /**
     * Copies a directory tree, replacing files already there; with {@code link}, files become hard
     * links where the file system allows (for files that are never written, like jars). Fails unchecked.
     */
    public static void copy(Path from, Path to, boolean link) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.deleteIfExists(target);
                try {
                    if (!link) {
                        throw new UnsupportedOperationException("copy");
                    }
                    Files.createLink(target, p);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + from + " to " + to, e);
        }
    }

    /** Writes the file, creating its directory; fails unchecked. */
    public static Path writeString(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** A new file with this text that only its owner can read: it holds passwords. */
    public static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        Files.createFile(
                file,
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text);
    }

    /** {@code key=value} lines, the form of a properties file and of {@code postgresql.conf}. */
    public static String keyValueLines(java.util.Map<String, String> settings) {
        return settings.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }
}
