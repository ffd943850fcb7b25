package dev.sluice.approval;

import dev.sluice.environment.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables a run approved ({@value #SETTING}=true): a failing table check records what it saw as the
 * step's new table, and the feature files are rewritten once, when the run ends, so that no
 * approval moves the lines another one was found by (Cucumber keeps the lines it parsed).
 */
public final class Approvals {
    public static final String SETTING = "sluice.approve";
    private static final Map<Path, List<FeatureTables.Replacement>> PENDING = new LinkedHashMap<>();

    private Approvals() {}

    /**
     * Whether this run approves what it sees. Refused under {@code CI=true}: approval is for a person,
     * who reviews the rewritten tables in the diff; CI has nobody to do that.
     */
    public static boolean requested(Settings settings, String ciVariable) {
        boolean requested = settings.find(SETTING)
                .map(v -> v.trim().equalsIgnoreCase("true"))
                .orElse(false);
        if (requested && "true".equalsIgnoreCase(String.valueOf(ciVariable).trim())) {
            throw new IllegalStateException(SETTING + "=true is refused when CI=true: approval rewrites feature "
                    + "files with what was seen, for a person to review in the diff. Run it on your machine.");
        }
        return requested;
    }

    /** Records a table to rewrite in this feature file when the run ends. */
    public static synchronized void record(Path feature, FeatureTables.Replacement replacement) {
        PENDING.computeIfAbsent(feature.toAbsolutePath().normalize(), f -> new ArrayList<>())
                .add(replacement);
    }

    /** Rewrites every recorded table; one line per file, saying how many tables and that the diff needs a review. */
    public static synchronized List<String> writeAll() {
        List<String> written = new ArrayList<>();
        for (Map.Entry<Path, List<FeatureTables.Replacement>> file : PENDING.entrySet()) {
            try {
                String text = Files.readString(file.getKey(), StandardCharsets.UTF_8);
                Files.writeString(file.getKey(), FeatureTables.replace(text, file.getValue()), StandardCharsets.UTF_8);
                written.add("Approved " + file.getValue().size() + " table(s) in " + file.getKey()
                        + ": review them in the diff (git diff) before you commit.");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not rewrite the approved tables of " + file.getKey(), e);
            } catch (IllegalArgumentException e) {
                written.add("Not approved in " + file.getKey() + ": " + e.getMessage());
            }
        }
        PENDING.clear();
        return written;
    }
}
