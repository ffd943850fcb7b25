package dev.sluice.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class DeleteAsRowTest {
    private final DeleteAsRow<SinkRecord> deletesAsRows = new DeleteAsRow<>();

    private static final Schema KEY = SchemaBuilder.struct()
            .field("region", Schema.STRING_SCHEMA)
            .field("id", Schema.INT64_SCHEMA)
            .field("amount", Decimal.schema(2))
            .build();

    private static SinkRecord record(Object key, Schema keySchema, Schema valueSchema, Object value) {
        return new SinkRecord("accounts", 0, keySchema, key, valueSchema, value, 17L);
    }

    @Test
    void aTombstoneBecomesTheRowOfItsKeyMarkedDeleted() {
        Struct key =
                new Struct(KEY).put("region", "eu").put("id", 9007199254740993L).put("amount", new BigDecimal("1.25"));

        SinkRecord row = deletesAsRows.apply(record(key, KEY, null, null));

        Struct value = (Struct) row.value();
        assertThat(value.getString("region")).isEqualTo("eu");
        assertThat(value.getInt64("id")).isEqualTo(9007199254740993L);
        assertThat(value.get("amount")).isEqualTo(new BigDecimal("1.25"));
        assertThat(value.getBoolean(DeleteAsRow.DELETED)).isTrue();
        assertThat(row.key()).isSameAs(key);
        assertThat(row.kafkaOffset()).isEqualTo(17L);
        // Every column of the delete's row may be empty: the rest of the row is not there.
        assertThat(value.schema().fields()).allMatch(f -> f.schema().isOptional());
        assertThat(value.schema().field("amount").schema().name()).isEqualTo(Decimal.LOGICAL_NAME);
    }

    @Test
    void otherRecordsPassUntouched() {
        Struct key = new Struct(KEY).put("region", "eu").put("id", 1L).put("amount", BigDecimal.ONE.setScale(2));
        SinkRecord insert = record(key, KEY, Schema.STRING_SCHEMA, "a row");

        assertThat(deletesAsRows.apply(insert)).isSameAs(insert);
    }

    @Test
    void aTombstoneWithoutAStructKeyNamesNoColumnAndIsDropped() {
        assertThat(deletesAsRows.apply(record("k1", Schema.STRING_SCHEMA, null, null)))
                .isNull();
    }
}
