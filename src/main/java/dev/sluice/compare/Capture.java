package dev.sluice.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What one scenario's destinations held after its last step, on one stack: each place's columns,
 * key and rows, every cell with its type. Written per scenario into the side's capture directory.
 */
public record Capture(String id, String name, String status, List<Place> places) {

    /** A place as read: its rows in read order, keyed by {@code keyColumns} where it has a key. */
    public record Place(String place, List<String> columns, List<String> keyColumns, List<List<Cell>> rows) {}

    /** A value as read: its text (canonical, NULL as null) and its type as the reader got it. */
    public record Cell(String type, String value) {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A file name for the scenario: its feature file and line, which both runs share. */
    public static String fileName(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
    }

    public void write(Path dir) {
        try {
            Files.createDirectories(dir);
            JSON.writeValue(dir.resolve(fileName(id)).toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the capture of " + name + " into " + dir, e);
        }
    }

    /** Every capture in the directory, by scenario id; empty when there is none. */
    public static java.util.Map<String, Capture> readAll(Path dir) {
        java.util.Map<String, Capture> captures = new java.util.TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return captures;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Capture c = JSON.readValue(f.toFile(), Capture.class);
                captures.put(c.id(), c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the captures in " + dir, e);
        }
        return captures;
    }
}
