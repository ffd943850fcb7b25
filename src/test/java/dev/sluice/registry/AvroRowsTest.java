package dev.sluice.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.kafka.ConnectJson;
import dev.sluice.verify.SeedTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class AvroRowsTest {
    private static final SeedTable TABLE = SeedTable.parse(List.of(
            List.of("key", "id:int", "amount:numeric", "at:timestamp", "day:date", "big:bigint", "note"),
            Arrays.asList("k1", "1", "12.50", "2024-01-02 03:04:05", "2024-02-29", "9223372036854775807", null)));

    @Test
    void aRowIsFramedWithItsRegisteredIdAndReadsBackWithItsTypes() {
        String[] registered = new String[2];
        AvroRows rows = new AvroRows((subject, schema) -> {
            registered[0] = subject;
            registered[1] = schema;
            return 42;
        });
        byte[] value = rows.value("sluice.s1.payments", TABLE, TABLE.rows().get(0), List.of("key"));

        assertThat(registered[0]).isEqualTo("sluice.s1.payments-value");
        assertThat(value[0]).isZero();
        assertThat(java.nio.ByteBuffer.wrap(value, 1, 4).getInt()).isEqualTo(42);
        Schema schema = new Schema.Parser().parse(registered[1]);
        Map<String, Object> fields = ConnectJson.fields(AvroConnectJson.parse(AvroConnectJson.read(schema, value, 5)));
        assertThat(fields)
                .containsOnlyKeys("id", "amount", "at", "day", "big", "note")
                .containsEntry("at", LocalDateTime.parse("2024-01-02T03:04:05"))
                .containsEntry("day", LocalDate.parse("2024-02-29"))
                .containsEntry("note", null);
        assertThat((BigDecimal) fields.get("amount")).isEqualByComparingTo("12.50");
        assertThat(fields.get("big")).hasToString("9223372036854775807");
    }

    @Test
    void onlyIdIsRequiredAsInTheJsonRecords() {
        Schema schema = AvroRows.schema(TABLE, List.of("key"));
        assertThat(schema.getField("id").schema().getType()).isEqualTo(Schema.Type.INT);
        assertThat(schema.getField("note").schema().getType()).isEqualTo(Schema.Type.UNION);
        assertThat(schema.getField("amount").schema().getTypes().get(1).getProp("connect.name"))
                .isEqualTo("org.apache.kafka.connect.data.Decimal");
    }
}
