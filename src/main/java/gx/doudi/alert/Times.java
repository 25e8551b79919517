package gx.doudi.alert;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Contract §2: times are ISO-8601 with offset; Guangxi's offset is +08:00. */
public final class Times {
    public static final ZoneOffset ZONE = ZoneOffset.ofHours(8);
    // the offset is written as text: going through OffsetDateTime builds the offset's ZoneRules on every call
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'" + ZONE.getId() + "'");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'" + ZONE.getId() + "'");

    private Times() {}

    public static String iso(long epochMillis) {
        return SECONDS.format(local(epochMillis));
    }

    public static String isoMillis(long epochMillis) {
        return MILLIS.format(local(epochMillis));
    }

    private static LocalDateTime local(long epochMillis) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(epochMillis, 1000), (int) Math.floorMod(epochMillis, 1000) * 1_000_000, ZONE);
    }

    public static long parse(String iso) {
        return java.time.OffsetDateTime.parse(iso).toInstant().toEpochMilli();
    }
}
