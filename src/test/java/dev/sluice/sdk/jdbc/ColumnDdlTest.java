package dev.sluice.sdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.sdk.system.ColumnChange;
import dev.sluice.verify.SeedTable;
import org.junit.jupiter.api.Test;

class ColumnDdlTest {
    private final ColumnDdl postgresLike = new ColumnDdl(
            name -> "\"" + name.replace("\"", "\"\"") + "\"",
            column -> column.type() == SeedTable.Type.BIGINT
                    ? "bigint"
                    : column.type().written(),
            (column, type) -> "ALTER COLUMN " + column + " TYPE " + type);

    @Test
    void eachChangeIsOneClauseWithQuotedNames() {
        assertThat(postgresLike.clause(
                        new ColumnChange.Add("Order", SeedTable.Column.typed("Order", "bigint"), "it's 0")))
                .isEqualTo("ADD COLUMN \"Order\" bigint DEFAULT 'it''s 0'");
        assertThat(postgresLike.clause(new ColumnChange.Drop("a\"b"))).isEqualTo("DROP COLUMN \"a\"\"b\"");
        assertThat(postgresLike.clause(new ColumnChange.Rename("nick", "alias")))
                .isEqualTo("RENAME COLUMN \"nick\" TO \"alias\"");
        assertThat(postgresLike.clause(new ColumnChange.Retype("qty", SeedTable.Column.typed("qty", "bigint"))))
                .isEqualTo("ALTER COLUMN \"qty\" TYPE bigint");
    }

    @Test
    void anUnknownTypeListsTheKnownOnes() {
        assertThatThrownBy(() -> SeedTable.Column.typed("qty", "integer"))
                .hasMessageContaining("Unknown type 'integer'")
                .hasMessageContaining("bigint");
    }
}
