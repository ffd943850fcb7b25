package dev.sluice.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part of the engine's log a reader of a failed scenario needs: what the engine did with the
 * scenario's connectors and tasks, and its warnings and errors with their stack traces — not the
 * REST access lines of Sluice's own status polls, which would fill any excerpt.
 */
public final class EngineLogExcerpt {
    /** A REST API access line ({@code "GET /connectors/... HTTP/1.1" 200 ... (RestServer)}). */
    private static final Pattern ACCESS_LINE =
            Pattern.compile(".*\"[A-Z]+ /[^\"]* HTTP/[0-9.]+\" \\d{3} .*\\(RestServer\\)\\s*$");

    private static final Pattern LEVEL = Pattern.compile("^\\[[^]]*] (WARN|ERROR) .*");

    private EngineLogExcerpt() {}

    /**
     * The last {@code limit} lines of {@code log} that mention one of the connectors (by name) or are
     * a warning or an error, with the continuation lines (stack traces) that follow a kept line.
     */
    public static List<String> of(List<String> log, List<String> connectors, int limit) {
        List<String> kept = new ArrayList<>();
        boolean keeping = false;
        for (String line : log) {
            if (ACCESS_LINE.matcher(line).matches()) {
                keeping = false;
                continue;
            }
            boolean continuation = !line.startsWith("[");
            if (continuation) {
                if (keeping) {
                    kept.add(line);
                }
                continue;
            }
            keeping = LEVEL.matcher(line).matches() || connectors.stream().anyMatch(line::contains);
            if (keeping) {
                kept.add(line);
            }
        }
        return kept.subList(Math.max(0, kept.size() - limit), kept.size());
    }
}
