package dev.sluice.environment.shared;

import dev.sluice.environment.CoreVersion;
import dev.sluice.environment.Settings;
import dev.sluice.sdk.system.StageLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One entry of {@value Settings#STAGE_LIBRARIES}: a stage library Sluice knows by name
 * ({@code debezium-postgres}), a plugin by Maven coordinates
 * ({@code groupId:artifactId:version[:extension[:classifier]]}, version {@code {core}} for the core's — a {@code zip} or {@code tar.gz}
 * plugin archive, or a jar with its runtime dependencies), or a plugin at a path
 * ({@code path:<dir-or-archive>}, relative to the project root).
 */
public sealed interface StageLibraryEntry {
    /** The version written {@code {core}} in coordinates stands for the core's ({@value Settings#KAFKA_VERSION}). */
    String CORE_VERSION = "{core}";

    /** The entry as written in the setting, for messages. */
    String entry();

    /** A name for its plugin directory and image: letters, digits, '.', '_' and '-'. */
    String id();

    /** A version for its directory and image tag. */
    String version();

    record Known(String entry, StageLibrary library, String version) implements StageLibraryEntry {
        @Override
        public String id() {
            return library.id();
        }
    }

    record Coordinates(
            String entry, String groupId, String artifactId, String version, String extension, String classifier)
            implements StageLibraryEntry {
        @Override
        public String id() {
            return artifactId;
        }

        /** Whether it is a plugin archive to unpack rather than a jar to resolve with its dependencies. */
        public boolean isArchive() {
            return extension.equals("zip") || extension.equals("tar.gz") || extension.equals("tgz");
        }

        /** The same coordinates at another version. */
        public Coordinates at(String otherVersion) {
            return new Coordinates(entry, groupId, artifactId, otherVersion, extension, classifier);
        }

        /** The coordinates as Maven's resolver writes them: {@code g:a[:ext[:classifier]]:v}. */
        public String forResolver() {
            return unversioned() + ":" + version;
        }

        /** {@code g:a:ext[:classifier]}, to which the resolver's form adds a version. */
        public String unversioned() {
            return groupId + ":" + artifactId + ":" + extension + (classifier.isEmpty() ? "" : ":" + classifier);
        }
    }

    record LocalPath(String entry, Path path) implements StageLibraryEntry {
        @Override
        public String id() {
            String name = path.getFileName().toString().replaceAll("\\.(zip|tar\\.gz|tgz|jar)$", "");
            return "path-" + name.replaceAll("[^A-Za-z0-9._-]", "_");
        }

        @Override
        public String version() {
            // The directory's contents may change between runs: a version per location, installed afresh each time.
            return HexFormat.of()
                    .toHexDigits(path.toAbsolutePath().normalize().toString().hashCode());
        }
    }

    /** Every entry of the setting, in order; throws {@link IllegalArgumentException} saying what an entry may be. */
    public static List<StageLibraryEntry> all(Settings settings, Path projectRoot) {
        List<StageLibraryEntry> entries = new ArrayList<>();
        for (String entry : settings.get(Settings.STAGE_LIBRARIES).split(",")) {
            if (!entry.isBlank()) {
                entries.add(parse(entry.trim(), projectRoot, settings));
            }
        }
        return entries;
    }

    public static StageLibraryEntry parse(String entry, Path projectRoot, Settings settings) {
        if (entry.startsWith("path:")) {
            String location = entry.substring("path:".length()).trim();
            if (location.isEmpty()) {
                throw invalid(entry, "path: needs a directory or an archive after it");
            }
            return new LocalPath(entry, projectRoot.resolve(location).normalize());
        }
        if (!entry.contains(":")) {
            StageLibrary library = StageLibrary.byId(entry);
            return new Known(entry, library, versionOf(library, settings));
        }
        String[] parts = entry.split(":", -1);
        if (parts.length < 3 || parts.length > 5 || List.of(parts).stream().anyMatch(String::isBlank)) {
            throw invalid(entry, "Maven coordinates are groupId:artifactId:version[:extension[:classifier]]");
        }
        String extension = parts.length > 3 ? parts[3].toLowerCase(Locale.ROOT) : "jar";
        // {core}: a plugin released with Kafka itself (connect-file) follows the core it runs on (where that
        // release is not served, the installer takes the nearest that is).
        String version = parts[2].equals(CORE_VERSION)
                ? CoreVersion.parse(settings.get(Settings.KAFKA_VERSION)).text()
                : parts[2];
        return new Coordinates(entry, parts[0], parts[1], version, extension, parts.length > 4 ? parts[4] : "");
    }

    /**
     * A known library's version: {@code sluice.stage-library.<id>.version} when given (one library
     * of a family, as an upgrade scenario changes it), else its family's setting
     * ({@code sluice.debezium.version}) when given, else what the library declares for the core
     * (a family's libraries may differ there: on 4.4 Debezium's PostgreSQL source is 3.7, its JDBC
     * sink 3.4), else the family setting's default.
     */
    public static String versionOf(StageLibrary library, Settings settings) {
        return settings.find(versionSetting(library.id()))
                .or(() -> settings.given(library.versionSetting()))
                .or(() -> library.versionDefaults()
                        .map(declared -> declared.forCoreLine(CoreVersion.parse(settings.get(Settings.KAFKA_VERSION))
                                .line())))
                .orElseGet(() -> settings.get(library.versionSetting()));
    }

    public static String versionSetting(String libraryId) {
        return "sluice.stage-library." + libraryId + ".version";
    }

    private static IllegalArgumentException invalid(String entry, String why) {
        return new IllegalArgumentException("The setting " + Settings.STAGE_LIBRARIES + " has the entry '" + entry
                + "': " + why + ". An entry is a known stage library (" + StageLibrary.ids()
                + "), Maven coordinates groupId:artifactId:version[:extension[:classifier]], or path:<dir-or-archive>");
    }
}
