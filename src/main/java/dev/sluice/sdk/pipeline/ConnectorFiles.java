package dev.sluice.sdk.pipeline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.sdk.system.Placeholders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A team's own connector configurations: one JSON file, or a directory whose {@code *.json} files
 * are the connectors of one pipeline, in file-name order. A file is what Kafka Connect's REST API
 * accepts — {@code {"name": ..., "config": {...}}} — or a bare config object, named after its file.
 * Values may hold {@code ${...}} placeholders, resolved when the pipeline is compiled. The files
 * are read when the pipeline starts, so a broken one fails the start like any other refusal.
 */
public record ConnectorFiles(Path projectRoot, String location) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One connector as written: its name, its configuration (placeholders unresolved) and its file. */
    public record Connector(String name, Map<String, String> config, String file) {
        public Connector {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new IllegalArgumentException("The connector name '" + name + "' in " + file
                        + " must start with a letter or digit and use letters, digits, '.', '_' or '-'");
            }
            config = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(config));
        }
    }

    /** The files at {@code location}, relative to the working directory (a Maven build's project root). */
    public static ConnectorFiles at(String location) {
        return new ConnectorFiles(Path.of(""), location);
    }

    /**
     * Reads the file or directory at {@code location}, relative to {@code projectRoot}. Throws
     * {@link IllegalArgumentException} for a missing path, an empty directory, JSON that does not
     * parse (with file, line and column), a value that is not a string, number or boolean, or two
     * connectors of the same name.
     */
    public List<Connector> connectors() {
        Path path = projectRoot.resolve(location).normalize();
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> listing = Files.list(path)) {
                files = listing.filter(f -> f.getFileName().toString().endsWith(".json"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + path, e);
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("The directory '" + location + "' (" + path
                        + ") holds no *.json file: put one connector configuration per file there");
            }
        } else if (Files.isRegularFile(path)) {
            files = List.of(path);
        } else {
            throw new IllegalArgumentException("No connector configuration at '" + location + "' (looked at " + path
                    + "): give a JSON file, or a directory of *.json files, relative to the project root "
                    + projectRoot.toAbsolutePath().normalize());
        }
        List<Connector> connectors = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Path file : files) {
            Connector connector = parse(file.getFileName().toString(), location(projectRoot, file), read(file));
            if (!names.add(connector.name())) {
                throw new IllegalArgumentException("Two connectors are named '" + connector.name() + "' in '" + location
                        + "': names must differ within a pipeline");
            }
            connectors.add(connector);
        }
        return List.copyOf(connectors);
    }

    private static String location(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the connector configuration " + file, e);
        }
    }

    /** One connector from a file's text; {@code fileName} names a bare config, {@code where} goes into errors. */
    static Connector parse(String fileName, String where, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException("The connector configuration " + where + " is not valid JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
                    + e.getOriginalMessage());
        }
        if (!(root instanceof ObjectNode object)) {
            throw new IllegalArgumentException("The connector configuration " + where
                    + " must be a JSON object: {\"name\": ..., \"config\": {...}} or the config itself");
        }
        boolean wrapped = object.get("config") instanceof ObjectNode;
        ObjectNode config = wrapped ? (ObjectNode) object.get("config") : object;
        Map<String, String> values = new LinkedHashMap<>();
        config.fields().forEachRemaining(e -> values.put(e.getKey(), text(e.getKey(), e.getValue(), where)));
        String name = wrapped && object.hasNonNull("name")
                ? text("name", object.get("name"), where)
                : values.getOrDefault("name", fileName.replaceFirst("\\.json$", ""));
        values.remove("name");
        if (!values.containsKey("connector.class")) {
            throw new IllegalArgumentException("The connector configuration " + where
                    + " has no \"connector.class\": every connector names its class (seen keys: " + values.keySet()
                    + ")");
        }
        return new Connector(name, values, where);
    }

    private static String text(String key, JsonNode value, String where) {
        if (value.isTextual() || value.isNumber() || value.isBoolean()) {
            return value.asText();
        }
        throw new IllegalArgumentException("The value of \"" + key + "\" in " + where
                + " must be a string, a number or a boolean (Kafka Connect configurations are flat), not "
                + value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " " + value);
    }

    /** Every placeholder the connectors use, without {@code ${ }}. */
    public Set<String> placeholders() {
        Set<String> used = new LinkedHashSet<>();
        connectors().forEach(c -> c.config().values().forEach(v -> used.addAll(Placeholders.usedIn(v))));
        return used;
    }
}
