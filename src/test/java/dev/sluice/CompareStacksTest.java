package dev.sluice;

import dev.sluice.compare.Stack;
import dev.sluice.compare.StackComparison;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code mvn test -Dsluice.compare=A,B}: the selected scenarios ({@code cucumber.filter.tags},
 * {@code cucumber.features}) run on stack A, then on stack B, and the data they leave are compared
 * ({@link StackComparison}). Runs only then, and then alone: the Maven profile "compare" selects it.
 */
@EnabledIfSystemProperty(named = StackComparison.SETTING, matches = ".+")
class CompareStacksTest {
    @Test
    void theDataOfBothStacksAreTheSame() {
        List<Stack> stacks = Stack.pair(System.getProperty(StackComparison.SETTING));
        List<String> features = Arrays.stream(
                        System.getProperty("cucumber.features", "features").split(","))
                .map(String::trim)
                .toList();
        StackComparison.Result result =
                StackComparison.run(stacks, Path.of("target", "compare"), System.getProperties(), features);
        System.out.println(result.report());
        System.out.println("[sluice] A/B comparison report: " + result.page());
        if (result.differs() && !Boolean.getBoolean(StackComparison.REPORT_ONLY)) {
            throw new AssertionError("The two stacks leave different data (-D" + StackComparison.REPORT_ONLY
                    + "=true only reports it); see " + result.page() + "\n" + result.report());
        }
    }
}
