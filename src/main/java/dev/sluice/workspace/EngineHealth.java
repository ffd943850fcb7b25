package dev.sluice.workspace;

import dev.sluice.environment.Environment;
import dev.sluice.environment.RenewableEngine;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Keeps one sick engine from failing the scenarios after the one that made it sick. After a scenario that injected
 * a fault, the {@link EngineCanary} checks that the engine can still start a source; if not, the engine is replaced
 * by new workers in a new group with new storage topics, and the next scenario is told it runs on a replaced one.
 */
public final class EngineHealth {
    private String notice;

    /** Checks the engine after the scenario {@code label}; returns what happened when it was sick, empty otherwise. */
    public synchronized Optional<String> checkAfter(String label, Environment environment, String run) {
        Optional<String> unavailable = EngineCanary.unavailable(environment);
        if (unavailable.isPresent()) {
            // Replacing the engine would not help: the new one lacks the same connector.
            LoggerFactory.getLogger("dev.sluice")
                    .warn("After \"{}\" the pipeline engine's health was not checked: {}", label, unavailable.get());
            return Optional.empty();
        }
        EngineCanary.Verdict verdict = EngineCanary.check(environment, run);
        if (verdict.healthy()) {
            return Optional.empty();
        }
        String sick = "After \"" + label + "\" the pipeline engine could not start a source: " + verdict.seen();
        if (!(environment instanceof RenewableEngine renewable)) {
            notice = sick + ". The " + environment.name() + " environment cannot replace its engine, so later "
                    + "scenarios run on the same one";
            return Optional.of(notice);
        }
        long begin = System.nanoTime();
        String group = renewable.renewEngine();
        EngineCanary.Verdict again = EngineCanary.check(environment, run);
        notice = sick + ". It was replaced by new workers in the group " + group + " (new storage topics) in "
                + String.format("%.1f", (System.nanoTime() - begin) / 1e9) + " s; "
                + (again.healthy()
                        ? "the new engine passed the same check"
                        : "the new engine failed it too: " + again.seen());
        return Optional.of(notice);
    }

    /** What the next scenario must say in its report (once), if an engine was replaced before it. */
    public synchronized Optional<String> takeNotice() {
        Optional<String> n = Optional.ofNullable(notice);
        notice = null;
        return n;
    }
}
