package dev.sluice.environment.local;

import dev.sluice.environment.shared.EngineArtifacts;
import dev.sluice.environment.shared.FileTrees;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Writing the configuration files the child processes read. */
public final class LocalFiles {
    private LocalFiles() {}

    static void writeProperties(Path file, Properties properties, String comment) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                properties.store(out, comment);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    static Path writeString(Path file, String content) {
        return FileTrees.writeString(file, content);
    }

    /** Log4j 2 configuration for Kafka and Connect: everything on standard output, which goes to the log file. */
    static Path log4jConfig(RunDirectory run) {
        return writeString(run.root().resolve("log4j2.properties"), EngineArtifacts.LOG4J_CONFIG);
    }
}
