package dev.sluice.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureTablesTest {
    private static final String STEP = "within 30 seconds the Kafka topic \"orders\" contains exactly:";

    private static List<List<String>> rows(String[]... rows) {
        return Arrays.stream(rows).map(Arrays::asList).toList();
    }

    @Test
    void theTableIsReplacedAlignedAndEveryOtherLineStays() {
        String feature = String.join(
                "\n",
                "Feature: orders",
                "  # a comment stays",
                "  Scenario: one",
                "    Then " + STEP,
                "      | id | item |",
                "      | 1  | Lamp |",
                "    # after the table",
                "    And the pipeline \"p\" is running",
                "");
        String rewritten = FeatureTables.replace(
                feature,
                List.of(new FeatureTables.Replacement(
                        3, STEP, 0, rows(new String[] {"id", "item"}, new String[] {"1", "Lamp"}, new String[] {
                            "10", "Desk and chair"
                        }))));

        assertThat(rewritten)
                .isEqualTo(String.join(
                        "\n",
                        "Feature: orders",
                        "  # a comment stays",
                        "  Scenario: one",
                        "    Then " + STEP,
                        "      | id | item           |",
                        "      | 1  | Lamp           |",
                        "      | 10 | Desk and chair |",
                        "    # after the table",
                        "    And the pipeline \"p\" is running",
                        ""));
    }

    @Test
    void pipesBackslashesLineBreaksAndNullsAreWrittenAsGherkinReadsThem() {
        assertThat(FeatureTables.format(
                        rows(new String[] {"a", "b"}, new String[] {"x|y", "c:\\tmp"}, new String[] {"two\nlines", null
                        }),
                        ""))
                .containsExactly(
                        "| a          | b       |", "| x\\|y       | c:\\\\tmp |", "| two\\nlines |         |");
    }

    @Test
    void unicodeIsAlignedByCharactersTabsAndCrlfAreKept() {
        String feature = "Feature: f\r\n\tScenario: s\r\n\t\tThen " + STEP + "\r\n\t\t| name |\r\n\t\t| x |\r\n";
        String rewritten = FeatureTables.replace(
                feature,
                List.of(new FeatureTables.Replacement(
                        1, STEP, 0, rows(new String[] {"name"}, new String[] {"ünïcode ✓"}, new String[] {"𝄞"}))));

        assertThat(rewritten)
                .isEqualTo("Feature: f\r\n\tScenario: s\r\n\t\tThen " + STEP
                        + "\r\n\t\t| name      |\r\n\t\t| ünïcode ✓ |\r\n\t\t| 𝄞         |\r\n");
    }

    @Test
    void theNthOccurrenceOfARepeatedStepIsTheOneRewrittenAndSeveralDoNotMoveEachOther() {
        String feature = String.join(
                "\n",
                "  Scenario: twice",
                "    Then " + STEP,
                "      | id |",
                "      | 1  |",
                "    When something happens",
                "    Then " + STEP,
                "      | id |",
                "      | 1  |");
        String rewritten = FeatureTables.replace(
                feature,
                List.of(
                        new FeatureTables.Replacement(
                                1, STEP, 1, rows(new String[] {"id"}, new String[] {"1"}, new String[] {"2"})),
                        new FeatureTables.Replacement(
                                1, STEP, 0, rows(new String[] {"id"}, new String[] {"1"}, new String[] {"3"}))));

        assertThat(rewritten)
                .isEqualTo(String.join(
                        "\n",
                        "  Scenario: twice",
                        "    Then " + STEP,
                        "      | id |",
                        "      | 1  |",
                        "      | 3  |",
                        "    When something happens",
                        "    Then " + STEP,
                        "      | id |",
                        "      | 1  |",
                        "      | 2  |"));
    }

    @Test
    void anOutlinesTableACommentBetweenRowsAndAMissingStepAreRefusedSayingWhy() {
        String outline = "  Scenario Outline: o\n    Then " + STEP + "\n      | id   |\n      | <id> |\n";
        String commented = "  Scenario: c\n    Then " + STEP + "\n      | id |\n      # why\n      | 1  |\n";
        List<FeatureTables.Replacement> one =
                List.of(new FeatureTables.Replacement(1, STEP, 0, rows(new String[] {"id"})));

        assertThatThrownBy(() -> FeatureTables.replace(outline, one)).hasMessageContaining("<placeholders>");
        assertThatThrownBy(() -> FeatureTables.replace(commented, one))
                .hasMessageContaining("comment between its rows");
        assertThatThrownBy(() -> FeatureTables.replace("Feature: none\n", one))
                .hasMessageContaining("was not found after line 1");
    }
}
