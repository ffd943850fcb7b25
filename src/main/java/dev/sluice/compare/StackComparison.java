package dev.sluice.compare;

import dev.sluice.environment.shared.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Runs the selected scenarios on stack A, then on stack B, each run a Cucumber run of its own in a
 * child JVM on this class path that captures every scenario's destinations after its last step,
 * then diffs the captures ({@link CaptureDiff}) and writes the report. Airbyte's regression test,
 * for whole pipelines: what an upgrade changes in the data before a team ships it.
 */
public final class StackComparison {
    /** The two stacks, {@code A,B} (see {@link Stack}). */
    public static final String SETTING = "sluice.compare";
    /** {@code true}: report the differences without failing. */
    public static final String REPORT_ONLY = "sluice.compare.report-only";
    /** Where a run writes its captures; set for each side by the comparison. */
    public static final String CAPTURE_DIR = "sluice.capture.dir";

    private StackComparison() {}

    /** What the comparison found: its report as text, where its page is, and whether any data differ. */
    public record Result(String report, Path page, boolean differs) {}

    /**
     * Runs both sides one after the other (a side's run may fail: its failed scenarios are compared
     * as far as they got, and the report says which failed), then compares.
     */
    public static Result run(List<Stack> stacks, Path outDir, Properties forwarded, List<String> features) {
        Stack a = stacks.get(0);
        Stack b = stacks.get(1);
        Path dirA = outDir.resolve("A");
        Path dirB = outDir.resolve("B");
        clear(outDir);
        runSide(a, dirA, forwarded, features);
        runSide(b, dirB, forwarded, features);
        Map<String, Capture> ca = Capture.readAll(dirA);
        Map<String, Capture> cb = Capture.readAll(dirB);
        java.util.Set<String> ids = new java.util.TreeSet<>(ca.keySet());
        ids.addAll(cb.keySet());
        List<CaptureDiff.ScenarioDiff> diffs = CaptureDiff.of(ca, cb);
        Path page = outDir.resolve("report.html");
        ComparisonReport.writeHtml(page, a, b, ids.size(), diffs);
        return new Result(ComparisonReport.text(a, b, ids.size(), diffs), page, !diffs.isEmpty());
    }

    private static void runSide(Stack side, Path captures, Properties forwarded, List<String> features) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        forwarded.stringPropertyNames().stream()
                .filter(k -> (k.startsWith("sluice.") || k.startsWith("cucumber.")) && !k.startsWith(SETTING))
                .filter(k -> !side.settings().containsKey(k))
                .sorted()
                .forEach(k -> command.add("-D" + k + "=" + forwarded.getProperty(k)));
        side.settings().forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-D" + CAPTURE_DIR + "=" + captures.toAbsolutePath());
        // The comparison's runs are not the suite's history: no flaky marks from an old stack.
        command.add("-Dsluice.history.dir="
                + captures.resolveSibling(captures.getFileName() + "-history").toAbsolutePath());
        command.add("io.cucumber.core.cli.Main");
        command.addAll(features);
        System.out.println(
                "[sluice] A/B comparison: running " + features + " on " + side.written() + " " + side.settings());
        try {
            // Through this JVM's System.out, not inherited: under Maven, this JVM's own stdout is Surefire's channel.
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            // Interrupted (Ctrl-C, a CI timeout), the side's run goes too; its own services stop with it.
            Thread stop = new Thread(p::destroy, "sluice-compare-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            try (var console = new java.io.BufferedReader(
                    new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                console.lines().forEach(System.out::println);
            }
            int exit = p.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            System.out.println("[sluice] A/B comparison: the run on " + side.written() + " ended with exit code " + exit
                    + (exit == 0 ? "" : " (failed scenarios are compared as far as they got)"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the run on " + side.written(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running on " + side.written(), e);
        }
    }

    /** A comparison over an earlier one's captures would report their scenarios too. */
    private static void clear(Path dir) {
        FileTrees.delete(dir);
        if (java.nio.file.Files.exists(dir)) {
            throw new IllegalStateException("Could not clear " + dir + ": remove it and run the comparison again");
        }
    }
}
