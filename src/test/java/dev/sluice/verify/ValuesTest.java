package dev.sluice.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {
    @Test
    void instantsWithAnOffsetCompareInUtc() {
        assertThat(Values.text("2024-01-01 10:00:00+02")).isEqualTo("2024-01-01 08:00:00");
        assertThat(Values.text("2024-01-01T08:00:00Z")).isEqualTo("2024-01-01 08:00:00");
        assertThat(Values.canonical(OffsetDateTime.parse("2024-01-01T09:00:00+01:00")))
                .isEqualTo("2024-01-01 08:00:00");
        assertThat(Values.text("2024-01-01 08:00")).isEqualTo("2024-01-01 08:00:00");
    }

    @Test
    void bytesAreHexArraysAreBracedJsonIsCompactWithSortedKeys() {
        assertThat(Values.canonical(new byte[] {1, 2, (byte) 0xff})).isEqualTo("\\x0102ff");
        assertThat(Values.canonical(ByteBuffer.wrap(new byte[] {1}))).isEqualTo("\\x01");
        assertThat(Values.canonical(List.of("a", "b"))).isEqualTo("{a,b}");
        assertThat(Values.text("{\"b\": [1, 2.50], \"a\": null}")).isEqualTo("{\"a\":null,\"b\":[1,2.50]}");
        assertThat(Values.text("{a,b}")).isEqualTo("{a,b}");
    }

    @Test
    void numbersCompareByMeaningWithoutADouble() {
        assertThat(Values.text("1.5E10")).isEqualTo("15000000000");
        assertThat(Values.canonical(1.5e10)).isEqualTo("15000000000");
        assertThat(Values.text("9007199254740993")).isEqualTo("9007199254740993");
        assertThat(Values.text("10.000")).isEqualTo("10");
    }
}
