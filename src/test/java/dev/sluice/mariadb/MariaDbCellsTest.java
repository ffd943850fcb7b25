package dev.sluice.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MariaDbCellsTest {
    @Test
    void booleansBecomeOneAndZero() {
        assertThat(MariaDbCells.literal("tinyint(1)", "true")).isEqualTo("1");
        assertThat(MariaDbCells.literal("tinyint(1)", "F")).isEqualTo("0");
        assertThat(MariaDbCells.literal("tinyint(1)", "7")).isEqualTo("7");
        assertThat(MariaDbCells.literal("int(11)", "true")).isEqualTo("true");
    }

    @Test
    void anInstantWithAnOffsetBecomesItsUtcTime() {
        assertThat(MariaDbCells.literal("timestamp", "2024-01-01 10:00:00+02")).isEqualTo("2024-01-01 08:00:00");
        assertThat(MariaDbCells.literal("timestamp(6)", "2024-02-29 23:59:59-05"))
                .isEqualTo("2024-03-01 04:59:59");
        assertThat(MariaDbCells.literal("timestamp(6)", "2000-01-01T00:00:00.123456+00:00"))
                .isEqualTo("2000-01-01 00:00:00.123456");
    }

    @Test
    void timesWithoutAnOffsetAndWhatIsNoTimePassAsWritten() {
        assertThat(MariaDbCells.literal("timestamp", "2024-01-01 10:00:00")).isEqualTo("2024-01-01 10:00:00");
        assertThat(MariaDbCells.literal("timestamp", "yesterday")).isEqualTo("yesterday");
        assertThat(MariaDbCells.literal("datetime", "2024-01-01 10:00:00+02")).isEqualTo("2024-01-01 10:00:00+02");
    }
}
