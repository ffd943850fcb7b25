package dev.sluice.report;

import dev.sluice.docs.RunHistory;
import dev.sluice.environment.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * {@code -Dsluice.shard=K/N}: of the Cucumber scenarios discovered, this JVM runs the K-th of N
 * shards ({@link Shards}), balanced by the durations in the run history ({@code sluice.history.dir})
 * when it has them. Other engines' tests, and every scenario without the setting, run as usual.
 * Registered through {@code META-INF/services}, as the JUnit Platform launcher finds filters.
 */
public final class ShardFilter implements PostDiscoveryFilter {
    private final Optional<Shards.Shard> shard;
    private final Map<String, Long> durations;
    private final Path historyDir;
    private Map<String, Integer> plan;

    public ShardFilter() {
        Settings settings = Settings.fromJvm();
        this.shard = settings.find(Shards.SETTING).map(Shards.Shard::parse);
        this.historyDir = Path.of(settings.get(Settings.HISTORY_DIR));
        this.durations = shard.isPresent() ? RunHistory.lastDurations(historyDir) : Map.of();
    }

    @Override
    public synchronized FilterResult apply(TestDescriptor descriptor) {
        if (shard.isEmpty() || !descriptor.isTest() || !isCucumber(descriptor)) {
            return FilterResult.included("not sharded");
        }
        if (plan == null) {
            List<String> scenarios = scenariosUnder(root(descriptor));
            plan = Shards.plan(scenarios, durations, shard.get().count());
            long mine =
                    plan.values().stream().filter(k -> k == shard.get().index()).count();
            long known = scenarios.stream().filter(durations::containsKey).count();
            // Every shard must plan from the same history, or scenarios run twice or not at all: say which.
            // (Printed: the launcher discovers before the tests' logging is set up.)
            System.out.println(
                    "[sluice] shard " + shard.get().index() + "/" + shard.get().count() + ": " + mine
                            + " of " + scenarios.size() + " scenarios, balanced by "
                            + (known == 0
                                    ? "count (no durations in the run history)"
                                    : "the durations of " + known + " of them in the run history " + historyDir));
        }
        int mine = plan.getOrDefault(key(descriptor), shard.get().index());
        return FilterResult.includedIf(
                mine == shard.get().index(),
                () -> "in shard " + shard.get().index() + "/" + shard.get().count(),
                () -> "in shard " + mine + "/" + shard.get().count() + ", not this one");
    }

    /** Cucumber's scenarios, also inside a suite (whose engine comes first in their ids). */
    private static boolean isCucumber(TestDescriptor descriptor) {
        return descriptor.getUniqueId().getSegments().stream()
                .anyMatch(s -> s.getType().equals("engine") && s.getValue().equals("cucumber"));
    }

    private static TestDescriptor root(TestDescriptor descriptor) {
        TestDescriptor root = descriptor;
        while (root.getParent().isPresent()) {
            root = root.getParent().get();
        }
        return root;
    }

    private static List<String> scenariosUnder(TestDescriptor root) {
        List<String> keys = new ArrayList<>();
        root.getDescendants().stream()
                .filter(TestDescriptor::isTest)
                .filter(ShardFilter::isCucumber)
                .forEach(d -> keys.add(key(d)));
        return keys;
    }

    /** {@code features/cdc/x.feature:Scenario name}, as the run history names a scenario. */
    static String key(TestDescriptor scenario) {
        String feature = scenario.getSource().map(ShardFilter::featurePath).orElse("?");
        return feature + ":" + scenarioName(scenario);
    }

    private static String featurePath(TestSource source) {
        if (source instanceof FileSource file) {
            Path here = Path.of("").toAbsolutePath();
            Path path = file.getFile().toPath().toAbsolutePath();
            return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
        }
        return source instanceof ClasspathResourceSource resource ? resource.getClasspathResourceName() : "?";
    }

    /** The long naming strategy prefixes the feature's (and rule's) names: the scenario's own name is what is left. */
    private static String scenarioName(TestDescriptor scenario) {
        String name = scenario.getDisplayName();
        Optional<TestDescriptor> parent = scenario.getParent();
        while (parent.isPresent()) {
            String prefix = parent.get().getDisplayName() + " - ";
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
            parent = parent.get().getParent();
        }
        return name;
    }
}
