package dev.sluice.environment;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * A Kafka core's version ({@code 3.7.2}, {@code 4.1.1}), as far as Sluice needs to tell versions
 * apart: which broker configuration a core understands, which stage libraries were built for a
 * newer one, and whether it lies in the range Sluice supports.
 */
public record CoreVersion(int major, int minor, int patch, String text) implements Comparable<CoreVersion> {
    private static final Pattern FORM = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?([-.].*)?");

    /** The oldest core Sluice starts; older ones are KRaft cores without the tools it relies on. */
    public static final CoreVersion OLDEST_SUPPORTED = parse("3.7.0");
    /** The newest line Sluice was tried with here; every patch release of it is supported. */
    public static final CoreVersion NEWEST_SUPPORTED_LINE = parse("4.4");

    /**
     * The newest core that passed the whole suite, the default: for a core newer than the matrix it
     * also gives the releases of Kafka's own plugins that the core's release lacks here.
     */
    public static final String NEWEST_PASSED = "4.3.1";

    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    public static CoreVersion parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("A Kafka version looks like 4.1.1 (major.minor.patch), but '" + text
                    + "' does not. Set " + Settings.KAFKA_VERSION + " to a version in " + supportedRange() + ".");
        }
        return new CoreVersion(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                text.trim());
    }

    /**
     * The core of the setting {@value Settings#KAFKA_VERSION}. A core older than the range is refused
     * before anything starts; a newer one runs, with a warning once per run, on the stage libraries of
     * the newest line the matrix knows, unless {@value Settings#CONSISTENCY} is {@code fail}.
     */
    public static CoreVersion of(Settings settings) {
        CoreVersion core = parse(settings.get(Settings.KAFKA_VERSION));
        boolean refuseNewer = settings.find(Settings.CONSISTENCY)
                .map(mode -> mode.trim().equalsIgnoreCase("fail"))
                .orElse(false);
        core.requireSupported(refuseNewer);
        if (core.isNewerThanKnown() && WARNED.add(core.text())) {
            LoggerFactory.getLogger(CoreVersion.class).warn(core.newerThanKnown());
        }
        return core;
    }

    public static String supportedRange() {
        return OLDEST_SUPPORTED.text() + " to " + NEWEST_SUPPORTED_LINE.line() + ".x";
    }

    /** Refuses a core outside the range, a newer one included. */
    public CoreVersion requireSupported() {
        return requireSupported(true);
    }

    private CoreVersion requireSupported(boolean refuseNewer) {
        boolean tooOld = compareTo(OLDEST_SUPPORTED) < 0;
        if (tooOld || (refuseNewer && isNewerThanKnown())) {
            throw new IllegalArgumentException("Kafka core " + text + " is outside the range Sluice supports, "
                    + supportedRange() + " (setting " + Settings.KAFKA_VERSION + "). "
                    + (tooOld
                            ? "Older cores lack the KRaft tools Sluice uses to start a broker."
                            : "Newer cores were not tried yet: src/site/markdown/versions.md lists the version "
                                    + "matrix that passed. Without " + Settings.CONSISTENCY + "=fail it would run, "
                                    + "with a warning, on the stage libraries of " + NEWEST_SUPPORTED_LINE.line() + ".")
                    + " Nothing was started.");
        }
        return this;
    }

    /** Whether this core's line is newer than any the version matrix knows. */
    public boolean isNewerThanKnown() {
        return compareLine(NEWEST_SUPPORTED_LINE) > 0;
    }

    private String newerThanKnown() {
        return "Kafka core " + text + " is newer than the version matrix knows (" + supportedRange()
                + "): it runs with the stage libraries of the matrix's newest row, " + NEWEST_SUPPORTED_LINE.line()
                + ", which were not tried on it; their connectors may fail with the engine's error (a plugin "
                + "built against an older Kafka may call classes this core moved). Set " + Settings.CONSISTENCY
                + "=fail to refuse such a core instead.";
    }

    /** {@code 4.1}: releases of one line share their broker configuration and their API. */
    public String line() {
        return major + "." + minor;
    }

    /** Compares major and minor only. */
    public int compareLine(CoreVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    /** Whether this core is of that line ({@code 3.9}) or a newer one. */
    public boolean atLeast(String line) {
        return compareLine(parse(line)) >= 0;
    }

    /** KIP-853 (Kafka 3.9): the broker finds its controllers by bootstrap servers and formats {@code --standalone}. */
    public boolean hasDynamicQuorum() {
        return atLeast("3.9");
    }

    @Override
    public int compareTo(CoreVersion other) {
        int line = compareLine(other);
        return line != 0 ? line : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return text;
    }
}
