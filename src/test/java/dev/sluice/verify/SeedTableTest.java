package dev.sluice.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.postgres.GeneratedRows;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedTableTest {
    @Test
    void typedHeaderCellsAndEmptyCellsAsNull() {
        SeedTable t = SeedTable.parse(List.of(
                List.of("id:int", "name", "amount:numeric", "paid:boolean", "at:timestamp", "on:date", "n:bigint"),
                Arrays.asList("1", "", "10.5", "true", "2024-01-01 10:00:00", "2024-02-29", null)));

        assertThat(t.columns())
                .extracting(SeedTable.Column::type)
                .containsExactly(
                        SeedTable.Type.INT,
                        SeedTable.Type.TEXT,
                        SeedTable.Type.NUMERIC,
                        SeedTable.Type.BOOLEAN,
                        SeedTable.Type.TIMESTAMP,
                        SeedTable.Type.DATE,
                        SeedTable.Type.BIGINT);
        assertThat(t.rows().get(0))
                .containsExactly("1", null, "10.5", "true", "2024-01-01 10:00:00", "2024-02-29", null);
        assertThat(t.names()).startsWith("id", "name");
    }

    @Test
    void unknownTypeSaysWhatIsExpected() {
        assertThatThrownBy(() -> SeedTable.parse(List.of(List.of("id:integer"))))
                .hasMessageContaining("Unknown type 'integer' in the header cell 'id:integer'")
                .hasMessageContaining("int, bigint, numeric, text, boolean, timestamp, date");
    }

    @Test
    void badHeaderCellsAreRefused() {
        assertThatThrownBy(() -> SeedTable.parse(List.of(List.of("first name"))))
                .hasMessageContaining("not a plain column name");
        assertThatThrownBy(() -> SeedTable.parse(List.of())).hasMessageContaining("The table is empty");
    }

    @Test
    void generatedSsnsMatchTheSqlFormula() {
        assertThat(GeneratedRows.ssn(1)).isEqualTo("101-11-1001");
        assertThat(GeneratedRows.ssn(1000)).isEqualTo("200-20-2000");
    }

    @Test
    void keyColumnsAreMarkedOrDefaultToId() {
        SeedTable composite =
                SeedTable.parse(List.of(List.of("order_id:int:key", "line:int:key", "sku:key", "qty:int")));
        assertThat(composite.keyColumns()).containsExactly("order_id", "line", "sku");
        assertThat(composite.columns().get(2).type()).isEqualTo(SeedTable.Type.TEXT);
        assertThat(SeedTable.parse(List.of(List.of("id:int", "name"))).keyColumns())
                .containsExactly("id");
        assertThat(SeedTable.parse(List.of(List.of("name"))).keyColumns()).isEmpty();
        assertThatThrownBy(() -> SeedTable.parse(List.of(List.of("a:int:text:key"))))
                .hasMessageContaining("too many parts");
    }

    @Test
    void theRicherTypesAndVarcharWithItsLength() {
        SeedTable t = SeedTable.parse(List.of(List.of(
                "doc:jsonb",
                "ref:uuid",
                "at:timestamptz",
                "score:double",
                "raw:bytea",
                "tags:text[]",
                "code:varchar(12)")));
        assertThat(t.columns())
                .extracting(SeedTable.Column::type)
                .containsExactly(
                        SeedTable.Type.JSONB,
                        SeedTable.Type.UUID,
                        SeedTable.Type.TIMESTAMPTZ,
                        SeedTable.Type.DOUBLE,
                        SeedTable.Type.BYTEA,
                        SeedTable.Type.TEXT_ARRAY,
                        SeedTable.Type.VARCHAR);
        assertThat(t.columns().get(6).length()).isEqualTo(12);
        assertThatThrownBy(() -> SeedTable.parse(List.of(List.of("x:money"))))
                .hasMessageContaining("Unknown type 'money'")
                .hasMessageContaining("varchar(n)")
                .hasMessageContaining("text[]");
    }

    @Test
    void aHeaderColumnOfATopicIsTextAndKeepsItsPrefix() {
        SeedTable t = SeedTable.parse(List.of(List.of("key", "id:int", "header:origin"), List.of("1", "1", "shop")));
        assertThat(t.names()).containsExactly("key", "id", "header:origin");
        assertThat(t.columns().get(2).type()).isEqualTo(SeedTable.Type.TEXT);
    }
}
