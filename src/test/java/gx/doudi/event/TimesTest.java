package gx.doudi.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Contract §2's times, written and read by hand in their usual shapes, exactly as {@code java.time} does. */
class TimesTest {
    @Test
    void timesAreWrittenAsIsoWithTheGuangxiOffsetToTheSecondAndToTheMillisecond() {
        assertThat(Times.iso(0)).isEqualTo("1970-01-01T08:00:00+08:00");
        assertThat(Times.isoMillis(-1)).isEqualTo("1970-01-01T07:59:59.999+08:00");
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            long millis = random.nextLong(-2_000_000_000_000L, 4_200_000_000_000L);
            var expected = Instant.ofEpochMilli(millis).atOffset(Times.ZONE);
            assertThat(Times.iso(millis)).isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").format(expected));
            assertThat(Times.isoMillis(millis)).isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").format(expected));
            assertThat(Times.parse(Times.isoMillis(millis))).isEqualTo(millis);
        }
    }

    @Test
    void timesAreReadAsJavaTimeReadsThemWhateverTheirShape() {
        SplittableRandom random = new SplittableRandom(11);
        String[] offsets = {"Z", "+08:00", "-05:30", "+00:00", "-00:00", "+18:00", "-18:00", "+14:45"};
        for (int i = 0; i < 20_000; i++) {
            long millis = random.nextLong(-62_000_000_000_000L, 250_000_000_000_000L);
            ZoneOffset offset = ZoneOffset.of(offsets[random.nextInt(offsets.length)]);
            String written = Instant.ofEpochMilli(millis).atOffset(offset).format(random.nextBoolean()
                    ? DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX")
                    : DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX"));
            assertThat(Times.parse(written)).as(written).isEqualTo(OffsetDateTime.parse(written).toInstant().toEpochMilli());
        }
        for (String other : List.of("2025-03-01T08:00+08:00", "2025-03-01t08:00:00z", "2025-03-01T08:00:00.123456+08:00",
                "2025-03-01T08:00:00+08:00:30", "+12025-03-01T08:00:00Z", "2025-03-01T08:00:00.5Z")) {
            assertThat(Times.parse(other)).as(other).isEqualTo(OffsetDateTime.parse(other).toInstant().toEpochMilli());
        }
    }

    @Test
    void whatIsNotATimeIsRefusedAsJavaTimeRefusesIt() {
        for (String bad : List.of("2025-02-29T08:00:00+08:00", "2025-13-01T08:00:00+08:00", "2025-03-01T24:00:00+08:00",
                "2025-03-01T08:60:00+08:00", "2025-03-01T08:00:60+08:00", "2025-03-01T08:00:00+19:00",
                "2025-03-01T08:00:00+08:60", "2025-03-01 08:00:00+08:00", "2025-03-01T08:00:00", "2025-03-0AT08:00:00+08:00",
                "2025-03-01T08:00:00.12A+08:00", "2025-03-01T08:00:00+0800", "", "yesterday")) {
            assertThatThrownBy(() -> Times.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> OffsetDateTime.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }

    @Test
    void aTimeIsRecognisedAsTheIsoOfItsMillisecondsExactlyWhenIsoWritesIt() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 10_000; i++) {
            long millis = random.nextLong(-2_000_000_000_000L, 4_200_000_000_000L);
            String iso = Times.iso(millis);
            long other = millis + random.nextLong(-2_000, 2_000);
            assertThat(Times.isIso(iso, millis)).as(iso).isTrue();
            assertThat(Times.isIso(iso, other)).as(iso + " against " + other).isEqualTo(Times.iso(other).equals(iso));
            assertThat(Times.isIso(Times.isoMillis(millis), millis)).isFalse();
        }
        for (String other : List.of("2025-03-01T00:00:00Z", "2025-03-01T08:00:00+08:00:", "2025-03-01T08:00:00+09:00",
                "2025-02-29T08:00:00+08:00", "2025-03-01T08:00:0A+08:00", "")) {
            assertThat(Times.isIso(other, Times.parse("2025-03-01T08:00:00+08:00"))).as(other).isFalse();
        }
    }
}
