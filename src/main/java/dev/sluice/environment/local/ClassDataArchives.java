package dev.sluice.environment.local;

import dev.sluice.environment.shared.FileTrees;
import dev.sluice.environment.shared.OwnClassesJar;
import dev.sluice.sdk.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Class-data sharing archives for the child JVMs (issue 11 §4): the first JVM of a kind (same JDK,
 * class path, main class and options) records the classes it loaded when it exits
 * ({@code -XX:ArchiveClassesAtExit}); later ones map that archive instead of loading and verifying
 * those classes again ({@code -XX:SharedArchiveFile}). Measured: a Connect worker answered
 * {@code /health} in 1.8-1.9 s instead of 3.1-4.0 s. Archives live in {@code ~/.sluice/cds}, a cache
 * like Maven's: one unused for {@value #UNUSED_DAYS} days is deleted. {@code -Dsluice.cds=false} turns
 * them off. A JVM that cannot use an archive (another JDK build) runs without it.
 */
final class ClassDataArchives {
    static final String SETTING = "sluice.cds";
    private static final int UNUSED_DAYS = 14;
    private static final Path DIR = Path.of(System.getProperty("user.home"), ".sluice", "cds");

    private ClassDataArchives() {}

    /** The options that use this kind of JVM's archive, or record one; {@code recording} is where it goes. */
    record Use(List<String> options, Optional<Path> recording, Path archive) {
        /**
         * Once the JVM has exited: a recorded archive becomes the one the next JVMs use, unless the JVM was killed
         * (it may have died while writing it; the JVM would refuse a torn archive and run without one, every time).
         */
        void publish(boolean exitedCleanly) {
            recording.filter(Files::exists).ifPresent(recorded -> {
                try {
                    if (exitedCleanly) {
                        FileTrees.publish(recorded, archive);
                    } else {
                        Files.deleteIfExists(recorded);
                    }
                } catch (IOException e) {
                    // a partial file in the cache is deleted with the unused ones
                }
            });
        }
    }

    static Use forJvm(List<Path> classpath, String mainClass, List<String> jvmOptions) {
        if (!Boolean.parseBoolean(System.getProperty(SETTING, "true"))) {
            return new Use(List.of(), Optional.empty(), DIR);
        }
        Path archive = DIR.resolve(key(classpath, mainClass, jvmOptions) + ".jsa");
        try {
            Files.createDirectories(DIR);
            if (Files.exists(archive)) {
                Files.setLastModifiedTime(archive, FileTime.from(Instant.now()));
                return new Use(List.of("-XX:SharedArchiveFile=" + archive), Optional.empty(), archive);
            }
            deleteUnused();
            Path recording = DIR.resolve(archive.getFileName() + ".partial-" + UUID.randomUUID());
            return new Use(List.of("-XX:ArchiveClassesAtExit=" + recording), Optional.of(recording), archive);
        } catch (IOException e) {
            return new Use(List.of(), Optional.empty(), archive);
        }
    }

    /**
     * A jar of Sluice's own classes at a path that stays the same from run to run while they do: an archive is used
     * only with the class path it was recorded with, and a jar in the run's directory would differ every run.
     */
    static Path stableJar(List<String> classNames) {
        try {
            Sha256 digest = Sha256.digest();
            classNames.forEach(digest::addClass);
            Path jar = DIR.resolve("sluice-child-main-" + digest.hex(16) + ".jar");
            if (!Files.exists(jar)) {
                Path partial = DIR.resolve(jar.getFileName() + ".partial-" + UUID.randomUUID());
                OwnClassesJar.write(classNames, null, partial);
                FileTrees.publish(partial, jar);
            }
            // Never touched again: an archive is used only with jars as they were when it was recorded.
            return jar;
        } catch (IOException e) {
            throw new IllegalStateException("Could not write Sluice's child JVM classes to " + DIR + ": " + e, e);
        }
    }

    /**
     * What an archive depends on. Each jar by its path, size and time, as the JVM checks them: a jar downloaded again
     * makes a new kind, recorded anew, instead of an archive the JVM would refuse (and run without) every time.
     */
    private static String key(List<Path> classpath, String mainClass, List<String> jvmOptions) {
        Sha256 digest = Sha256.digest();
        Stream.of(
                        Stream.of(System.getProperty("java.home"), System.getProperty("java.vm.version"), mainClass),
                        classpath.stream().map(ClassDataArchives::jarIdentity),
                        // System properties (a run's log configuration, say) do not change what is loaded.
                        jvmOptions.stream().filter(o -> !o.startsWith("-D")))
                .flatMap(s -> s)
                .forEach(digest::addLine);
        return digest.hex(24);
    }

    private static String jarIdentity(Path jar) {
        try {
            return jar + " " + Files.size(jar) + " "
                    + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return jar.toString();
        }
    }

    /** Archives and unfinished recordings; the small jars of Sluice's own classes stay. */
    private static void deleteUnused() {
        Instant before = Instant.now().minus(Duration.ofDays(UNUSED_DAYS));
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.toList()) {
                boolean archive = file.getFileName().toString().contains(".jsa");
                if (archive && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // best effort: a cache
        }
    }
}
