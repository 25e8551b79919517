package gx.doudi.event;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Contract §2: times are ISO-8601 with offset; Guangxi's offset is +08:00.
 *
 * <p>Every event's time is read here and every record's times are written here, so the usual shapes
 * ({@code 2025-03-01T08:00:00+08:00}, with milliseconds, with {@code Z}) are read and written by hand:
 * through {@code java.time}'s formatters they were a third of the source's work. Anything else is read
 * by {@link OffsetDateTime#parse}, which also words the error; {@code TimesTest} holds both to
 * {@code java.time}'s results.
 */
public final class Times {
    public static final ZoneOffset ZONE = ZoneOffset.ofHours(8);
    private static final int ZONE_SECONDS = ZONE.getTotalSeconds();
    private static final long DAY_SECONDS = 86_400;
    /** Years with more or fewer than four digits, which never occur in events, are written by these. */
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'" + ZONE.getId() + "'");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'" + ZONE.getId() + "'");
    /** Not a time {@link #parseUsual} reads: it is left to {@code java.time}. */
    private static final long UNUSUAL = Long.MIN_VALUE;
    private static final byte[] OFFSET = "+08:00".getBytes(StandardCharsets.ISO_8859_1);

    private Times() {}

    /** {@code yyyy-MM-ddTHH:mm:ss+08:00}. */
    public static String iso(long epochMillis) {
        return write(epochMillis, false);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss.SSS+08:00}. */
    public static String isoMillis(long epochMillis) {
        return write(epochMillis, true);
    }

    private static String write(long epochMillis, boolean millis) {
        long local = Math.floorDiv(epochMillis, 1000) + ZONE_SECONDS;
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(local, DAY_SECONDS));
        int second = (int) Math.floorMod(local, DAY_SECONDS);
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return (millis ? MILLIS : SECONDS).format(LocalDateTime.ofEpochSecond(Math.floorDiv(epochMillis, 1000),
                    (int) Math.floorMod(epochMillis, 1000) * 1_000_000, ZONE));
        }
        byte[] out = new byte[millis ? 29 : 25];
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, second / 3600, 2);
        out[13] = ':';
        digits(out, 14, second / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, second % 60, 2);
        int at = 19;
        if (millis) {
            out[19] = '.';
            digits(out, 20, (int) Math.floorMod(epochMillis, 1000), 3);
            at = 23;
        }
        System.arraycopy(OFFSET, 0, out, at, OFFSET.length);
        // Latin-1 bytes become the string's own without the char-by-char narrowing a char[] would take
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    private static void digits(byte[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * Whether {@code s} is exactly {@link #iso}{@code (epochMillis)}, found without writing it: a stored
     * chain leaves out every time that is its entry's own.
     */
    public static boolean isIso(String s, long epochMillis) {
        return s.length() == 25 && s.endsWith("+08:00") && parseUsual(s) == Math.floorDiv(epochMillis, 1000) * 1000;
    }

    /**
     * Epoch milliseconds of an ISO-8601 time with offset.
     *
     * @throws java.time.format.DateTimeParseException when it is not one
     */
    public static long parse(String iso) {
        long millis = parseUsual(iso);
        return millis != UNUSUAL ? millis : OffsetDateTime.parse(iso).toInstant().toEpochMilli();
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss}, then {@code .SSS} or not, then {@code Z} or {@code ±HH:MM}; anything
     * else, or a field out of its range, is {@link #UNUSUAL}.
     */
    private static long parseUsual(String s) {
        int n = s.length();
        int offsetAt = n == 20 || n == 25 ? 19 : n == 24 || n == 29 ? 23 : -1;
        if (offsetAt < 0 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || offsetAt == 23 && s.charAt(19) != '.') {
            return UNUSUAL;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 2);
        int day = number(s, 8, 2);
        int hour = number(s, 11, 2);
        int minute = number(s, 14, 2);
        int second = number(s, 17, 2);
        int milli = offsetAt == 23 ? number(s, 20, 3) : 0;
        int offset;
        char sign = s.charAt(offsetAt);
        if (sign == 'Z' && n == offsetAt + 1) {
            offset = 0;
        } else if ((sign == '+' || sign == '-') && n == offsetAt + 6 && s.charAt(offsetAt + 3) == ':') {
            int hours = number(s, offsetAt + 1, 2);
            int minutes = number(s, offsetAt + 4, 2);
            if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
                return UNUSUAL;
            }
            offset = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return UNUSUAL;
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || milli < 0) {
            return UNUSUAL;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return UNUSUAL;
        }
        long seconds = epochDay * DAY_SECONDS + hour * 3600L + minute * 60L + second - offset;
        return seconds * 1000 + milli;
    }

    /** The decimal number in {@code width} characters at {@code at}, or -1 if one is not a digit. */
    private static int number(String s, int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
