package dev.sluice.registry;

import dev.sluice.sdk.pipeline.FailureReading;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The registry's refusal of a new schema version, as a converter reports it deep in a task's trace. */
public final class RegistryFailures implements FailureReading {
    private static final Pattern INCOMPATIBLE =
            Pattern.compile("RuleViolationException: Incompatible artifact: (\\S+)");

    @Override
    public Optional<String> read(String trace) {
        Matcher incompatible = INCOMPATIBLE.matcher(trace);
        if (!incompatible.find()) {
            return Optional.empty();
        }
        return Optional.of("the schema registry refused a new version of the subject " + incompatible.group(1)
                + ": the change breaks the subject's compatibility rule, so the converter cannot write the record. "
                + "Make the change compatible (a new or renamed field needs a default or must allow NULL; a type "
                + "may only widen) or, if readers of the old records can cope, relax the rule before the change.");
    }
}
