package gx.doudi.alert;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Contract §2: times are ISO-8601 with offset; Guangxi's offset is +08:00. */
public final class Times {
    public static final ZoneOffset ZONE = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private Times() {}

    public static String iso(long epochMillis) {
        return SECONDS.format(Instant.ofEpochMilli(epochMillis).atOffset(ZONE));
    }

    public static String isoMillis(long epochMillis) {
        return MILLIS.format(Instant.ofEpochMilli(epochMillis).atOffset(ZONE));
    }

    public static long parse(String iso) {
        return java.time.OffsetDateTime.parse(iso).toInstant().toEpochMilli();
    }
}
