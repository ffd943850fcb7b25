package dev.sluice.steps;

import dev.sluice.environment.Environment;
import dev.sluice.environment.PrivateEngines;
import dev.sluice.environment.Settings;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.SinkNeedsOwnEngine;
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
record OwnEngines(Environment environment, String expression, Expression wanted) {

    static OwnEngines of(Environment environment, Settings settings) {
        String expression = settings.get(Settings.OWN_ENGINE);
        return new OwnEngines(environment, expression, parse(expression));
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

    /**
     * Refuses a pipeline into a destination whose sink must not share a worker ({@link SinkNeedsOwnEngine}) from a
     * scenario on the run's engine, where it could have had one of its own: beside other scenarios' sinks it would
     * fail one of theirs, far from the cause. A pipeline from a system that is no origin is left to the start's own
     * refusal, which names the supported pairs; one of a team's connector files names no endpoint (null), and what its
     * connectors write is theirs to know.
     */
    void checkDestination(Collection<String> tags, Endpoint origin, Endpoint destination) {
        if (origin != null
                && destination != null
                && origin.system().canBeOrigin()
                && destination.system() instanceof SinkNeedsOwnEngine needs
                && environment instanceof PrivateEngines
                && !wanted.evaluate(List.copyOf(tags))) {
            throw new IllegalStateException("A pipeline into the " + destination.describe()
                    + " needs an engine of its own, and this scenario (tags " + tags + ") runs on the run's engine: "
                    + needs.whyAnEngineOfItsOwn() + ". Give the scenario a tag that " + Settings.OWN_ENGINE + " (\""
                    + expression + "\") matches: " + SinkNeedsOwnEngine.TAG + " in its default");
        }
    }
}
