package dev.sluice.verify;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One way of writing each value, so that a cell of a feature's table and a value read from a
 * destination compare equal when they mean the same: {@code 10}, {@code 10.00} and the integer 10
 * are all {@code 10}; {@code 2024-01-01T10:00} and a timestamp read from JDBC are both
 * {@code 2024-01-01 10:00:00}; {@code TRUE} and a boolean are {@code true}. NULL stays null.
 */
public final class Values {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern OFFSET = Pattern.compile("(.*?)(Z|[+-]\\d{2}(:?\\d{2})?)$");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
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
            return timestamp(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        if (value instanceof ZonedDateTime t) {
            return canonical(t.toOffsetDateTime());
        }
        if (value instanceof byte[] bytes) {
            return "\\x" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return canonical(bytes);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Values::canonical).map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
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
        Matcher offset = OFFSET.matcher(t);
        if (offset.matches() && TIMESTAMP.matcher(offset.group(1)).matches()) {
            return canonical(OffsetDateTime.of(localDateTime(offset.group(1)), ZoneOffset.of(offset.group(2))));
        }
        if (TIMESTAMP.matcher(t).matches()) {
            return timestamp(localDateTime(t));
        }
        if ((t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[") && t.endsWith("]"))) {
            return json(t).orElse(s);
        }
        return s;
    }

    private static LocalDateTime localDateTime(String t) {
        String iso = t.replace(' ', 'T');
        return LocalDateTime.parse(iso.length() == 16 ? iso + ":00" : iso);
    }

    /** JSON text in one form: no spaces, object keys sorted; empty when the text is not JSON. */
    private static Optional<String> json(String text) {
        try {
            Object tree = JSON.readValue(text, Object.class);
            return Optional.of(JSON.writeValueAsString(tree));
        } catch (IOException e) {
            return Optional.empty();
        }
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
