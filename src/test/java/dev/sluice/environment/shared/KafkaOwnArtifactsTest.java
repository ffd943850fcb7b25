package dev.sluice.environment.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.environment.CoreVersion;
import org.junit.jupiter.api.Test;

class KafkaOwnArtifactsTest {
    @Test
    void anUnservedReleaseFallsBackToEarlierPatchesOfItsLineNeverToANewerOne() {
        assertThat(KafkaOwnArtifacts.candidates(CoreVersion.parse("4.2.1"))).containsExactly("4.2.1", "4.2.0");
        assertThat(KafkaOwnArtifacts.candidates(CoreVersion.parse("3.7.0"))).containsExactly("3.7.0");
    }

    @Test
    void aCoreNewerThanAnyThatPassedFallsBackToThatOneLast() {
        assertThat(KafkaOwnArtifacts.candidates(CoreVersion.parse("4.4.0")))
                .containsExactly("4.4.0", CoreVersion.NEWEST_PASSED);
        assertThat(KafkaOwnArtifacts.candidates(CoreVersion.parse("4.3.2"))).containsExactly("4.3.2", "4.3.1", "4.3.0");
    }
}
