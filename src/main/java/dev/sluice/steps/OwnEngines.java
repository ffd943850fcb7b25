package dev.sluice.steps;

import dev.sluice.environment.Environment;
import dev.sluice.environment.PrivateEngines;
import dev.sluice.environment.Settings;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which scenarios run on an engine of their own ({@code sluice.own-engine}, a tag expression): those that kill,
 * scale, renew or upgrade the engine, and those whose connectors must not share a worker with others'. In an
 * environment that cannot give one (external), they run on the run's engine.
 */
record OwnEngines(Environment environment, Expression wanted) {

    static OwnEngines of(Environment environment, Settings settings) {
        return new OwnEngines(environment, parse(settings.get(Settings.OWN_ENGINE)));
    }

    static Expression parse(String expression) {
        try {
            return TagExpressionParser.parse(expression);
        } catch (TagExpressionException e) {
            throw new IllegalArgumentException(
                    Settings.OWN_ENGINE + " must be a Cucumber tag expression (such as \"@faults or @upgrade\"), not \""
                            + expression + "\": " + e.getMessage(),
                    e);
        }
    }

    /** The environment that gives the engine, when a scenario of these tags gets one of its own here. */
    Optional<PrivateEngines> wantedBy(Collection<String> tags) {
        return environment instanceof PrivateEngines engines && wanted.evaluate(List.copyOf(tags))
                ? Optional.of(engines)
                : Optional.empty();
    }
}
