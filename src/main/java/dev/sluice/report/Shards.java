package dev.sluice.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spreads scenarios over N shards, the same way on every machine: longest first, each to the shard
 * with the least work so far (by the durations the run history recorded; by count when there is
 * none), ties broken by name. Every machine computes the whole plan and runs its own part.
 */
public final class Shards {
    public static final String SETTING = "sluice.shard";
    private static final Pattern FORM = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*");

    /** Which shard this machine runs, of how many (1-based). */
    public record Shard(int index, int count) {
        public static Shard parse(String value) {
            Matcher m = FORM.matcher(value);
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "Setting " + SETTING + " expects K/N (this machine runs the K-th of N "
                                + "shards, e.g. 2/3), but was '" + value + "'");
            }
            int index = Integer.parseInt(m.group(1));
            int count = Integer.parseInt(m.group(2));
            if (count < 1 || index < 1 || index > count) {
                throw new IllegalArgumentException(
                        "Setting " + SETTING + " expects K/N with 1 <= K <= N, but was '" + value + "'");
            }
            return new Shard(index, count);
        }
    }

    private Shards() {}

    /**
     * The shard (1-based) of each scenario, keyed as given. A scenario without a recorded duration
     * counts as the median of those recorded (1 when none is).
     */
    public static Map<String, Integer> plan(List<String> scenarios, Map<String, Long> durationsMillis, int count) {
        long typical = median(scenarios.stream()
                .filter(durationsMillis::containsKey)
                .map(durationsMillis::get)
                .toList());
        List<String> order = new ArrayList<>(scenarios);
        order.sort(Comparator.comparing((String s) -> durationsMillis.getOrDefault(s, typical))
                .reversed()
                .thenComparing(Comparator.naturalOrder()));
        long[] load = new long[count];
        Map<String, Integer> plan = new HashMap<>();
        for (String scenario : order) {
            int lightest = 0;
            for (int shard = 1; shard < count; shard++) {
                if (load[shard] < load[lightest]) {
                    lightest = shard;
                }
            }
            load[lightest] += Math.max(1, durationsMillis.getOrDefault(scenario, typical));
            plan.put(scenario, lightest + 1);
        }
        return plan;
    }

    private static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
