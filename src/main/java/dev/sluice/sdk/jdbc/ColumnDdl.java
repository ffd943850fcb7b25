package dev.sluice.sdk.jdbc;

import dev.sluice.sdk.system.ColumnChange;
import dev.sluice.verify.SeedTable;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The {@code ALTER TABLE} clause of a column change, the same in every SQL dialect but for how it
 * quotes names, names types and changes a column's type ({@code ALTER COLUMN … TYPE} in one
 * dialect, {@code MODIFY COLUMN} in another: each system's database gives its own).
 */
public record ColumnDdl(
        Function<String, String> quote,
        Function<SeedTable.Column, String> sqlType,
        BiFunction<String, String, String> retype) {

    public String clause(ColumnChange change) {
        if (change instanceof ColumnChange.Add add) {
            return "ADD COLUMN " + quote.apply(add.column()) + " " + sqlType.apply(add.type())
                    + (add.defaultValue() == null ? "" : " DEFAULT " + literal(add.defaultValue()));
        }
        if (change instanceof ColumnChange.Drop drop) {
            return "DROP COLUMN " + quote.apply(drop.column());
        }
        if (change instanceof ColumnChange.Rename rename) {
            return "RENAME COLUMN " + quote.apply(rename.column()) + " TO " + quote.apply(rename.to());
        }
        ColumnChange.Retype retyped = (ColumnChange.Retype) change;
        return retype.apply(quote.apply(retyped.column()), sqlType.apply(retyped.type()));
    }

    /** A string literal; the database converts it to the column's type. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
