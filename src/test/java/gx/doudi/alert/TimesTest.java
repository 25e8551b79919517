package gx.doudi.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Contract §2's times, written without building the offset's rules on each call, read as ISO-8601 says. */
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
}
