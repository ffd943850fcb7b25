package dev.sluice.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PhrasebookHintsTest {
    @Test
    void closestSentencesComeFirst() {
        Set<String> phrasebook = Set.of(
                "the pipeline {string} masks the field {string}",
                "the pipeline {string} renames the field {string} to {string}",
                "the PostgreSQL table {string} has rows:",
                "within {int} seconds the {endpoint} contains exactly:");
        assertThat(PhrasebookHints.closest("Given the pipeline \"p\" hides the field \"ssn\"", phrasebook, 2))
                .first()
                .isEqualTo("the pipeline {string} masks the field {string}");
        assertThat(PhrasebookHints.closest("Then within 30 seconds the Kafka topic \"t\" contains:", phrasebook, 1))
                .containsExactly("within {int} seconds the {endpoint} contains exactly:");
    }
}
