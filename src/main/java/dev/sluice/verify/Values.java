package dev.sluice.verify;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * One way of writing each value, so that a cell of a feature's table and a value read from a
 * destination compare equal when they mean the same: {@code 10}, {@code 10.00} and the integer 10
 * are all {@code 10}; {@code 2024-01-01T10:00} and a timestamp read from JDBC are both
 * {@code 2024-01-01 10:00:00}; {@code TRUE} and a boolean are {@code true}. NULL stays null.
 */
public final class Values {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern TIMESTAMP =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Values() {}

    public static String canonical(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return number(d);
        }
        if (value instanceof Number n) {
            return number(new BigDecimal(n.toString()));
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Timestamp t) {
            return timestamp(t.toLocalDateTime());
        }
        if (value instanceof LocalDateTime t) {
            return timestamp(t);
        }
        if (value instanceof OffsetDateTime t) {
            return timestamp(t.toLocalDateTime());
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return text(value.toString());
    }

    /** The canonical form of a value written as text, in a feature or in a text column. */
    public static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (NUMBER.matcher(t).matches()) {
            return number(new BigDecimal(t));
        }
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            return t.toLowerCase();
        }
        if (TIMESTAMP.matcher(t).matches()) {
            String iso = t.replace(' ', 'T');
            return timestamp(LocalDateTime.parse(iso.length() == 16 ? iso + ":00" : iso));
        }
        return s;
    }

    private static String number(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    private static String timestamp(LocalDateTime t) {
        String base = t.format(SECONDS);
        if (t.getNano() == 0) {
            return base;
        }
        String fraction = String.format("%09d", t.getNano()).replaceAll("0+$", "");
        return base + "." + fraction;
    }
}
