package dev.sluice.environment.shared;

import dev.sluice.environment.Settings;
import java.util.List;
import org.slf4j.Logger;

/** What version skew between the core and a stage library does: {@code fail} (default) refuses to start, {@code warn} goes on loudly. */
public enum ConsistencyMode {
    FAIL,
    WARN;

    public static final String SETTING = Settings.CONSISTENCY;

    public static ConsistencyMode of(Settings settings) {
        return parse(settings.find(SETTING).orElse("fail"));
    }

    public static ConsistencyMode parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Setting " + SETTING + " expects 'fail' or 'warn', but was '" + value + "'");
        }
    }

    /** Refuses (before anything starts) or warns, given one sentence per problem and the report around them. */
    public void apply(List<String> problems, String report, Logger log) {
        if (problems.isEmpty()) {
            return;
        }
        if (this == FAIL) {
            throw new IllegalStateException(report + " Nothing was started.");
        }
        log.warn("\n!!!!!!!! {}\n!!!!!!!! going on because {}=warn", report, SETTING);
    }
}
