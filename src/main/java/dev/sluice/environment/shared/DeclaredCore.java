package dev.sluice.environment.shared;

import dev.sluice.environment.CoreVersion;
import dev.sluice.sdk.system.StageLibrary;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consistency check of environments that compose plugins from Maven artifacts (local): which
 * Kafka Connect API each stage library was built against, as its own POM declares it (the version
 * of its {@code connect-api} dependency), compared with the core it is about to run on.
 *
 * <p>A library built against a newer API than the core's may call what the core lacks: that is
 * skew. One built against an older line of the same major version runs, as Connect keeps its plugin
 * API compatible; one of an older major version is warned about ({@link #olderMajor}).
 */
public final class DeclaredCore {
    /** A stage library and the Kafka version it declares, if it declares one. */
    public record Declaration(String library, Optional<String> kafkaVersion) {}

    private static final Logger LOG = LoggerFactory.getLogger("dev.sluice");

    private DeclaredCore() {}

    /** Refuses (or warns about) stage libraries built for a newer core; called before any service starts. */
    public static void check(
            CoreVersion core, List<StageLibraryEntry> entries, ConsistencyMode mode, MavenArtifacts artifacts) {
        List<Declaration> declared =
                entries.stream().map(entry -> of(entry, artifacts)).toList();
        List<String> skew = skew(core, declared);
        mode.apply(skew, describe(core, skew), LOG);
        olderMajor(core, declared).forEach(risk -> LOG.warn("{}", risk));
        List<String> undeclared = undeclared(declared);
        if (!undeclared.isEmpty()) {
            LOG.info("Not checked against core {}: {} declare no Kafka version", core, undeclared);
        }
    }

    public static Declaration of(StageLibraryEntry entry, MavenArtifacts artifacts) {
        String name = entry.entry() + " " + entry.version();
        Optional<String> version;
        if (entry instanceof StageLibraryEntry.Known known) {
            version = declared(known.library(), known.version(), artifacts);
        } else if (entry instanceof StageLibraryEntry.Coordinates coordinates) {
            version = connectApi(artifacts, coordinates.forResolver());
        } else {
            // A directory of the team's jars has no POM to ask.
            version = Optional.empty();
        }
        return new Declaration(name, version);
    }

    private static Optional<String> declared(StageLibrary library, String version, MavenArtifacts artifacts) {
        if (!library.ownClasses().isEmpty()) {
            // Sluice's own transforms are compiled against Sluice's Kafka but use only Connect API that
            // the oldest supported core has (the version matrix in src/site/markdown/versions.md runs them there).
            return Optional.of(CoreVersion.OLDEST_SUPPORTED.text());
        }
        Optional<String> main = library.archive(version)
                .or(() -> library.withDependencies(version).stream().findFirst());
        return main.flatMap(coordinate -> connectApi(artifacts, coordinate));
    }

    private static Optional<String> connectApi(MavenArtifacts artifacts, String coordinate) {
        return artifacts.declaredDependencyVersion(coordinate, "org.apache.kafka", "connect-api");
    }

    /** One sentence per library built against a newer Kafka API than the core's. */
    public static List<String> skew(CoreVersion core, List<Declaration> declarations) {
        return declarations.stream()
                .filter(d -> d.kafkaVersion().isPresent())
                .filter(d -> CoreVersion.parse(d.kafkaVersion().get()).compareLine(core) > 0)
                .map(d -> "stage library " + d.library() + " was built against Kafka "
                        + d.kafkaVersion().get() + ", newer than the core " + core + " it would run on")
                .toList();
    }

    /**
     * One sentence per library built for an older major version: a warning, not skew. Most run
     * (a Debezium connector 3.2, built for 3.9, on 4.1), some call Connect internals that changed
     * (Debezium's JDBC sink 2.7 on 4.1: NoSuchMethodError), which only running them tells.
     */
    public static List<String> olderMajor(CoreVersion core, List<Declaration> declarations) {
        return declarations.stream()
                .filter(d -> d.kafkaVersion().isPresent())
                .filter(d -> CoreVersion.parse(d.kafkaVersion().get()).major() < core.major())
                .map(
                        d -> "stage library " + d.library() + " was built against Kafka "
                                + d.kafkaVersion().get()
                                + ", an older major version than the core " + core
                                + ": it may call Connect API that changed since (its connectors then fail with the engine's error)")
                .toList();
    }

    /** Libraries whose POM declares no Kafka version: not checked, said so in the log. */
    public static List<String> undeclared(List<Declaration> declarations) {
        return declarations.stream()
                .filter(d -> d.kafkaVersion().isEmpty())
                .map(Declaration::library)
                .toList();
    }

    /** The whole report: what is wrong, how to fix it, how to go on anyway. */
    public static String describe(CoreVersion core, List<String> skew) {
        return "Version skew between the core and its stage libraries:\n  - " + String.join("\n  - ", skew)
                + "\nChoose stage-library versions built for Kafka " + core.line()
                + " or older (src/site/markdown/versions.md lists those that passed), or a newer core with "
                + "-Dsluice.kafka.version, or run with -D" + ConsistencyMode.SETTING + "=warn to go on anyway.";
    }
}
