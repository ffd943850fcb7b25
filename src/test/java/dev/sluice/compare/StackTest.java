package dev.sluice.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackTest {
    @Test
    void aCoreAStageLibraryAndASettingJoinedByPlus() {
        Stack s =
                Stack.parse("4.1.1+debezium-postgres:3.3.1.Final+sluice.connector.source.decimal.handling.mode=double");
        assertThat(s.settings())
                .containsExactly(
                        Map.entry("sluice.kafka.version", "4.1.1"),
                        Map.entry("sluice.stage-library.debezium-postgres.version", "3.3.1.Final"),
                        Map.entry("sluice.connector.source.decimal.handling.mode", "double"));
    }

    @Test
    void twoSidesThatDiffer() {
        List<Stack> pair = Stack.pair("4.1.1,4.3.1");
        assertThat(pair).extracting(Stack::written).containsExactly("4.1.1", "4.3.1");
        assertThatThrownBy(() -> Stack.pair("4.3.1,4.3.1")).hasMessageContaining("both sides are the same stack");
        assertThatThrownBy(() -> Stack.pair("4.3.1")).hasMessageContaining("two stacks separated by a comma");
    }

    @Test
    void anUnknownPartSaysWhatAStackIs() {
        assertThatThrownBy(() -> Stack.parse("debezium-postgress:3.3.1.Final"))
                .hasMessageContaining("'debezium-postgress' is not a known stage library")
                .hasMessageContaining("-Dsluice.compare=4.1.1,4.3.1");
        assertThatThrownBy(() -> Stack.parse("latest"))
                .hasMessageContaining(
                        "'latest' is neither a core version, a stage library and its version, nor a setting");
    }
}
