package dev.sluice.environment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    public static final CoreVersion NEWEST_SUPPORTED_LINE = parse("4.3");

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

    /** The core of the setting {@value Settings#KAFKA_VERSION}, refused before anything starts when outside the range. */
    public static CoreVersion of(Settings settings) {
        return parse(settings.get(Settings.KAFKA_VERSION)).requireSupported();
    }

    public static String supportedRange() {
        return OLDEST_SUPPORTED.text() + " to " + NEWEST_SUPPORTED_LINE.line() + ".x";
    }

    public CoreVersion requireSupported() {
        boolean tooOld = compareTo(OLDEST_SUPPORTED) < 0;
        boolean tooNew = compareLine(NEWEST_SUPPORTED_LINE) > 0;
        if (tooOld || tooNew) {
            throw new IllegalArgumentException("Kafka core " + text + " is outside the range Sluice supports, "
                    + supportedRange() + " (setting " + Settings.KAFKA_VERSION + "). "
                    + (tooOld
                            ? "Older cores lack the KRaft tools Sluice uses to start a broker."
                            : "Newer cores were not tried yet: src/site/markdown/versions.md lists the version matrix that passed.")
                    + " Nothing was started.");
        }
        return this;
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
