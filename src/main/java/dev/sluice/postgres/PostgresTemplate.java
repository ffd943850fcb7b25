package dev.sluice.postgres;

import dev.sluice.environment.shared.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A new PostgreSQL cluster as a copy of one initialised once per binaries directory, instead of
 * {@code initdb} on every run (a second or more of CPU while the broker and the worker start beside it).
 * The template is a cluster that was started and stopped cleanly; the run's password is set on the copy.
 */
final class PostgresTemplate {
    private static final String NAME = "data-template";

    private PostgresTemplate() {}

    /** Fills {@code data} with a copy of the template, initialising the template first if there is none. */
    static void copyInto(Path binaries, Path data) throws IOException {
        Path template = binaries.resolve(NAME);
        if (!Files.exists(template.resolve("postgresql.conf"))) {
            create(binaries, template);
        }
        FileTrees.copy(template, data, false);
        // The server refuses a data directory that others may read.
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    }

    /** Forgets the template, e.g. when its copy would not start (binaries of another version). */
    static void discard(Path binaries) {
        FileTrees.delete(binaries.resolve(NAME));
    }

    private static void create(Path binaries, Path template) throws IOException {
        Files.createDirectories(binaries);
        Path partial = Files.createTempDirectory(binaries, NAME + ".partial-");
        try {
            // initdb, one start and a clean stop: what a run's copy starts from.
            PostgresMain.builder(binaries, partial).start().close();
            Files.deleteIfExists(partial.resolve("epg-lock"));
            FileTrees.publish(partial, template);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not initialise the PostgreSQL template in " + template, e);
        } finally {
            FileTrees.delete(partial);
        }
    }
}
