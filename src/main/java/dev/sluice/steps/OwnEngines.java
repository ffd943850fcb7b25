package dev.sluice.steps;

import dev.sluice.environment.Environment;
import dev.sluice.environment.PrivateEngines;
import dev.sluice.environment.Settings;
import dev.sluice.sdk.system.DataSystem;
import dev.sluice.sdk.system.Endpoint;
import dev.sluice.sdk.system.SinkNeedsEngineApart;
import dev.sluice.sdk.system.Systems;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which scenarios run on an engine other than the run's. {@code sluice.own-engine} (a tag expression): those that
 * kill, scale, renew or upgrade the engine, each on one of its own. {@code sluice.engine-apart}: those whose sinks must
 * not share a worker with other systems' sinks, all on the one engine the run sets apart for them. In an environment
 * that cannot give engines (external), they run on the run's engine.
 */
record OwnEngines(Environment environment, TagSetting own, TagSetting apart) {

    /** A setting that is a Cucumber tag expression. */
    record TagSetting(String name, String expression, Expression parsed) {
        static TagSetting of(Settings settings, String name) {
            String expression = settings.get(name);
            try {
                return new TagSetting(name, expression, TagExpressionParser.parse(expression));
            } catch (TagExpressionException e) {
                throw new IllegalArgumentException(
                        name + " must be a Cucumber tag expression (such as \"@faults or @upgrade\"), not \""
                                + expression + "\": " + e.getMessage(),
                        e);
            }
        }

        boolean matches(Collection<String> tags) {
            return parsed.evaluate(List.copyOf(tags));
        }

        String quoted() {
            return name + " (\"" + expression + "\")";
        }
    }

    static OwnEngines of(Environment environment, Settings settings) {
        return new OwnEngines(
                environment,
                TagSetting.of(settings, Settings.OWN_ENGINE),
                TagSetting.of(settings, Settings.ENGINE_APART));
    }

    /** The environment that gives the engine, when a scenario of these tags gets one of its own here. */
    Optional<PrivateEngines> wantedBy(Collection<String> tags) {
        return environment instanceof PrivateEngines engines && own.matches(tags)
                ? Optional.of(engines)
                : Optional.empty();
    }

    /** The environment that gives the engine apart, when a scenario of these tags runs on it here. */
    Optional<PrivateEngines> apartFor(Collection<String> tags) {
        return environment instanceof PrivateEngines engines && !own.matches(tags) && apart.matches(tags)
                ? Optional.of(engines)
                : Optional.empty();
    }

    /**
     * Refuses, where the environment gives engines: a pipeline into a destination whose sink needs the engine apart
     * ({@link SinkNeedsEngineApart}) from a scenario on the run's engine, where beside other scenarios' sinks it would
     * fail one of theirs, far from the cause; and on the engine apart, a pipeline into any other destination, which
     * would share a worker with those sinks. A pipeline from a system that is no origin is left to the start's own
     * refusal, which names the supported pairs; one of a team's connector files names no endpoint (null), and what its
     * connectors write is theirs to know.
     */
    void checkDestination(Collection<String> tags, Endpoint origin, Endpoint destination) {
        if (origin == null
                || destination == null
                || !origin.system().canBeOrigin()
                || !(environment instanceof PrivateEngines)
                || own.matches(tags)) {
            return;
        }
        boolean onEngineApart = apart.matches(tags);
        if (destination.system() instanceof SinkNeedsEngineApart needs && !onEngineApart) {
            throw new IllegalStateException("A pipeline into the " + destination.describe()
                    + " needs the engine apart from the run's, and this scenario (tags " + tags
                    + ") runs on the run's engine: " + needs.whyAnEngineApart() + ". Give the scenario a tag that "
                    + apart.quoted() + " matches: " + SinkNeedsEngineApart.TAG + " in its default");
        }
        if (onEngineApart && !(destination.system() instanceof SinkNeedsEngineApart)) {
            throw new IllegalStateException(
                    "This scenario (tags " + tags + ") runs on the engine set apart for sinks into "
                            + systemsThatNeedIt() + ", as " + apart.quoted() + " matches it, and a pipeline into the "
                            + destination.describe() + " would share a worker with them: " + whyTheyNeedIt()
                            + ". Write into the " + destination.describe() + " from a scenario without that tag");
        }
    }

    private static String systemsThatNeedIt() {
        return needingIt().map(system -> system.phrase() + "s").collect(Collectors.joining(", "));
    }

    private static String whyTheyNeedIt() {
        return needingIt()
                .map(system -> ((SinkNeedsEngineApart) system).whyAnEngineApart())
                .collect(Collectors.joining("; "));
    }

    private static java.util.stream.Stream<DataSystem> needingIt() {
        return Systems.all().stream().filter(SinkNeedsEngineApart.class::isInstance);
    }
}
