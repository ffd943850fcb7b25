package dev.sluice.report;

import dev.sluice.environment.Settings;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfigurationStrategy;

/**
 * How many scenarios run at once ({@code cucumber.execution.parallel.config.custom.class}): a fixed
 * pool of {@code sluice.parallelism} threads, by default one more than the machine has cores,
 * because a scenario spends most of its time waiting for data to arrive. The pool never grows: the
 * JUnit Platform would otherwise add threads while one waits for an exclusive scenario's lock, and
 * run more scenarios at once than asked for.
 */
public final class ScenarioPool implements ParallelExecutionConfigurationStrategy {
    private static final String EXCLUSIVE = "cucumber.execution.exclusive-resources.";
    private static final String READ_WRITE = ".read-write";
    private static final String GLOBAL_KEY =
            "org.junit.platform.engine.support.hierarchical.ExclusiveResource.GLOBAL_KEY";

    @Override
    public ParallelExecutionConfiguration createConfiguration(ConfigurationParameters ignored) {
        return new Fixed(configuredParallelism());
    }

    /** How many scenarios run at once when running in parallel, as the settings say. */
    public static int configuredParallelism() {
        return parallelism(Settings.fromJvm().get(Settings.PARALLELISM), cores());
    }

    /**
     * The tags whose scenarios run alone: those given the global key as an exclusive resource
     * ({@code cucumber.execution.exclusive-resources.<tag>.read-write}), as {@code @tag}.
     */
    public static Set<String> tagsRunningAlone(Properties properties) {
        Set<String> tags = new TreeSet<>();
        properties.stringPropertyNames().forEach(key -> {
            if (key.startsWith(EXCLUSIVE)
                    && key.endsWith(READ_WRITE)
                    && properties.getProperty(key).contains(GLOBAL_KEY)) {
                tags.add("@" + key.substring(EXCLUSIVE.length(), key.length() - READ_WRITE.length()));
            }
        });
        return tags;
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** {@code sluice.parallelism}: a positive number, or {@code auto} (cores + 1). */
    static int parallelism(String setting, int cores) {
        String value = setting == null ? "auto" : setting.strip();
        if (value.isEmpty() || value.equals("auto")) {
            return cores + 1;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(Settings.PARALLELISM
                + " must be a positive number of scenarios run at once, or"
                + " 'auto' (cores + 1 = " + (cores + 1) + " here), but was '" + setting + "'; for one at a time use 1"
                + " (or -Dcucumber.execution.parallel.enabled=false)");
    }

    private record Fixed(int parallelism) implements ParallelExecutionConfiguration {
        @Override
        public int getParallelism() {
            return parallelism;
        }

        @Override
        public int getMinimumRunnable() {
            return parallelism;
        }

        @Override
        public int getMaxPoolSize() {
            return parallelism;
        }

        @Override
        public int getCorePoolSize() {
            return parallelism;
        }

        @Override
        public int getKeepAliveSeconds() {
            return 30;
        }

        @Override
        public Predicate<? super ForkJoinPool> getSaturatePredicate() {
            return pool -> true;
        }
    }
}
