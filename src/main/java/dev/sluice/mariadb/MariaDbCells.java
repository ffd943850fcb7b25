package dev.sluice.mariadb;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * A phrasebook cell as MariaDB takes it, by the column's type. Its BOOLEAN is TINYINT(1) and takes
 * no 'true' (true and false become 1 and 0); its TIMESTAMP takes no offset, and Sluice's sessions
 * run in UTC, so an instant written with one ({@code 2024-01-01 10:00:00+02}) becomes its UTC time.
 * Anything else passes as written, for MariaDB to accept or refuse in its own words.
 */
final class MariaDbCells {
    private static final DateTimeFormatter WITH_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss][.SSSSSS][.SSS][XXX][X]");
    private static final DateTimeFormatter UTC_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 6, true)
            .toFormatter(Locale.ROOT);

    private MariaDbCells() {}

    /** {@code columnType} as information_schema's COLUMN_TYPE, lower case; {@code cell} not null. */
    static String literal(String columnType, String cell) {
        if (columnType.equals("tinyint(1)")) {
            String v = cell.toLowerCase(Locale.ROOT);
            return v.equals("true") || v.equals("t") ? "1" : v.equals("false") || v.equals("f") ? "0" : cell;
        }
        if (columnType.startsWith("timestamp")) {
            return inUtc(cell);
        }
        return cell;
    }

    private static String inUtc(String cell) {
        TemporalAccessor parsed;
        try {
            parsed = WITH_OFFSET.parse(cell);
        } catch (DateTimeParseException notATime) {
            return cell;
        }
        if (!parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return cell;
        }
        return OffsetDateTime.from(parsed).withOffsetSameInstant(ZoneOffset.UTC).format(UTC_TIME);
    }
}
