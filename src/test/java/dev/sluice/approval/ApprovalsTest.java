package dev.sluice.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.environment.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApprovalsTest {
    private static final Settings APPROVING = new Settings(Map.of(Approvals.SETTING, "true"), Map.of(), Map.of());

    @Test
    void approvalIsAskedForAndNeverTakenOnCi() {
        assertThat(Approvals.requested(APPROVING, null)).isTrue();
        assertThat(Approvals.requested(new Settings(Map.of(), Map.of(), Map.of()), "true"))
                .isFalse();
        assertThatThrownBy(() -> Approvals.requested(APPROVING, "true"))
                .hasMessageContaining("refused when CI=true")
                .hasMessageContaining("Run it on your machine");
    }
}
