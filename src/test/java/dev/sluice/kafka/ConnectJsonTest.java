package dev.sluice.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.verify.SeedTable;
import dev.sluice.verify.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectJsonTest {
    @Test
    void recordsWrittenFromATableReadBackAsTheSameValues() throws Exception {
        SeedTable table = SeedTable.parse(List.of(
                List.of("key", "id:int", "amount:numeric", "at:timestamp", "on:date", "ok:boolean", "note"),
                Arrays.asList("k1", "1", "12.30", "2024-05-01 09:30:00", "2024-02-29", "true", null)));
        JsonNode json = ConnectJson.MAPPER.readTree(
                ConnectJson.record(table, table.rows().get(0), List.of("key")));

        assertThat(json.path("schema").path("fields")).hasSize(6);
        Map<String, Object> fields = ConnectJson.fields(json);
        assertThat(fields)
                .doesNotContainKey("key")
                .containsEntry("id", new BigDecimal("1"))
                .containsEntry("at", LocalDateTime.parse("2024-05-01T09:30:00"))
                .containsEntry("on", LocalDate.parse("2024-02-29"))
                .containsEntry("ok", true)
                .containsEntry("note", null);
        assertThat(Values.canonical(fields.get("amount"))).isEqualTo("12.3");
    }

    @Test
    void aDebeziumEnvelopeIsUnwrappedToItsAfterState() throws Exception {
        String event = """
                {"schema":{"type":"struct","fields":[{"field":"after","type":"struct","fields":[
                  {"field":"id","type":"int32"},{"field":"at","type":"int64","name":"io.debezium.time.MicroTimestamp"}]},
                  {"field":"op","type":"string"}]},
                 "payload":{"before":null,"after":{"id":5,"at":1704067200000000},"op":"c"}}""";
        Map<String, Object> fields = ConnectJson.fields(ConnectJson.MAPPER.readTree(event));
        assertThat(fields).containsOnlyKeys("id", "at");
        assertThat(fields.get("at")).isEqualTo(LocalDateTime.parse("2024-01-01T00:00:00"));
    }
}
