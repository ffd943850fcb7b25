package dev.sluice.environment.local;

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
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** Log4j 2 configuration for Kafka and Connect: everything on standard output, which goes to the log file. */
    static Path log4jConfig(RunDirectory run) {
        return writeString(run.root().resolve("log4j2.properties"), LOG4J_CONFIG);
    }

    /** Also baked into the Kafka and Connect images. */
    public static final String LOG4J_CONFIG = String.join(
            "\n",
            "status = warn",
            "appender.out.type = Console",
            "appender.out.name = OUT",
            "appender.out.layout.type = PatternLayout",
            "appender.out.layout.pattern = [%d{HH:mm:ss.SSS}] %p %m (%c{1})%n",
            "rootLogger.level = INFO",
            "rootLogger.appenderRef.out.ref = OUT",
            // The broker's and the controller's per-request chatter drowns what matters for a failing pipeline.
            "logger.kafka.name = kafka",
            "logger.kafka.level = WARN",
            "logger.kafkaserver.name = kafka.server.KafkaRaftServer",
            "logger.kafkaserver.level = INFO",
            "logger.clients.name = org.apache.kafka.clients",
            "logger.clients.level = WARN",
            "logger.common.name = org.apache.kafka.common",
            "logger.common.level = WARN",
            "logger.raft.name = org.apache.kafka.raft",
            "logger.raft.level = WARN",
            "logger.reflections.name = org.reflections",
            "logger.reflections.level = ERROR",
            "");
}
