package dev.sluice.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.sluice.docs.PhrasebookEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reference phrasebook table (src/site/markdown/phrasebook.md) is the one the step definitions give, every sentence with a meaning. */
class ReadmePhrasebookTest {
    private static final List<String> CLASS_ORDER = List.of(
            "SeedingSteps",
            "PipelineSteps",
            "DestinationSteps",
            "DeliverySteps",
            "TraceSteps",
            "S3Steps",
            "SchemaSteps",
            "RegistrySteps",
            "FaultSteps",
            "EngineVersionSteps",
            "BenchmarkSteps");
    static final String START =
            "<!-- phrasebook: generated from the step definitions (@Means), checked by ReadmePhrasebookTest -->\n";
    static final String END = "<!-- end of phrasebook -->";

    /** Every step definition, in the order of the classes above and of their source lines. */
    static List<PhrasebookEntry> entries() {
        return new ClassFileImporter()
                .importPackages("dev.sluice.steps").stream()
                        .filter(c -> CLASS_ORDER.contains(c.getSimpleName()))
                        .sorted(Comparator.comparing(c -> CLASS_ORDER.indexOf(c.getSimpleName())))
                        .flatMap(c -> c.getMethods().stream()
                                .sorted(Comparator.comparing((JavaMethod m) ->
                                        m.getSourceCodeLocation().getLineNumber())))
                        .map(m -> Phrasebook.of(m.reflect()))
                        .flatMap(Optional::stream)
                        .toList();
    }

    @Test
    void everyStepClassHasItsPlaceInTheTable() {
        List<String> stepClasses = new ClassFileImporter()
                .importPackages("dev.sluice.steps").stream()
                        .filter(c -> c.getMethods().stream()
                                .anyMatch(m -> Phrasebook.of(m.reflect()).isPresent()))
                        .map(c -> c.getSimpleName())
                        .toList();
        assertThat(CLASS_ORDER).as("the order of the step classes in the table").containsAll(stepClasses);
    }

    @Test
    void theReadmeTableIsGeneratedFromTheStepDefinitions() throws Exception {
        List<PhrasebookEntry> entries = entries();
        assertThat(entries).hasSizeGreaterThan(40);
        assertThat(entries).allSatisfy(e -> assertThat(e.meaning())
                .as("@Means of \"" + e.sentence() + "\"")
                .isNotBlank());

        String readme = Files.readString(Path.of("src/site/markdown/phrasebook.md"));
        assertThat(readme).contains(START, END);
        String table = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END));
        assertThat(table)
                .as("src/site/markdown/phrasebook.md: its table; replace it with the expected one")
                .isEqualTo(Phrasebook.markdownTable(entries));
    }
}
