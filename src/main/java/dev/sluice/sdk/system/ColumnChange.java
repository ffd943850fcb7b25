package dev.sluice.sdk.system;

import dev.sluice.verify.SeedTable;

/** A change to a table's columns while its pipeline runs; each SQL dialect says how it is written. */
public sealed interface ColumnChange {

    /** The column it changes. */
    String column();

    /** What a scenario's sentence says it does, for errors. */
    String describe();

    /** A new column of the phrasebook's type, with a default (a literal the database converts) or none. */
    record Add(String column, SeedTable.Column type, String defaultValue) implements ColumnChange {
        @Override
        public String describe() {
            return "add the column \"" + column + "\" (" + type.type().written()
                    + (defaultValue == null ? "" : ", default '" + defaultValue + "'") + ")";
        }
    }

    record Drop(String column) implements ColumnChange {
        @Override
        public String describe() {
            return "drop the column \"" + column + "\"";
        }
    }

    record Rename(String column, String to) implements ColumnChange {
        @Override
        public String describe() {
            return "rename the column \"" + column + "\" to \"" + to + "\"";
        }
    }

    /** A new type for the column (e.g. {@code int} to {@code bigint}): its values are converted by the database. */
    record Retype(String column, SeedTable.Column type) implements ColumnChange {
        @Override
        public String describe() {
            return "change the column \"" + column + "\" to the type "
                    + type.type().written();
        }
    }
}
