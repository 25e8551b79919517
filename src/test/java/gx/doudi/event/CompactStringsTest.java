package gx.doudi.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.types.StringValue;
import org.junit.jupiter.api.Test;

/**
 * Every Java string comes back exactly; ASCII and Chinese text take no more bytes than Flink's
 * StringValue wrote (only units from U+0800 to U+3FFF, which StringValue writes in two bytes, take three).
 */
class CompactStringsTest {
    static final List<String> STRINGS = List.of("", "450102198001010011", "2025-03-01T08:00:00+08:00",
            "低保边缘户 重病 ¥1,200.50", "emoji 🏠 and a lone surrogate \uD800 and \uDC00 end", "\u0000\u007F\u0080\u07FF\u0800\uFFFF",
            "x".repeat(127), "y".repeat(128), "z".repeat(20_000), "户".repeat(50_000));

    @Test
    void everyStringNullAndEmptyIncludedComesBackExactly() throws Exception {
        List<String> values = new ArrayList<>(STRINGS);
        values.add(null);
        DataOutputSerializer out = new DataOutputSerializer(16);
        for (String s : values) {
            CompactStrings.write(s, out);
        }
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        for (String s : values) {
            assertThat(CompactStrings.read(in, CompactStrings.FIRST_FORMAT)).isEqualTo(s);
        }
        assertThat(in.available()).isZero();
    }

    @Test
    void formatOneStringsAreStillReadAsStringValueWroteThem() throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(16);
        for (String s : STRINGS) {
            StringValue.writeString(s, out);
        }
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        for (String s : STRINGS) {
            assertThat(CompactStrings.read(in, 1)).isEqualTo(s);
        }
    }

    @Test
    void asciiAndChineseTakeNoMoreBytesThanStringValueAndAsciiTakesOneByteAChar() throws Exception {
        for (String s : STRINGS.stream().filter(s -> s.chars().noneMatch(c -> c >= 0x800 && c < 0x4000)).toList()) {
            DataOutputSerializer compact = new DataOutputSerializer(16);
            CompactStrings.write(s, compact);
            DataOutputSerializer flink = new DataOutputSerializer(16);
            StringValue.writeString(s, flink);
            assertThat(compact.length()).as(s.length() > 40 ? s.substring(0, 40) : s).isLessThanOrEqualTo(flink.length());
        }
        DataOutputSerializer id = new DataOutputSerializer(16);
        CompactStrings.write("450102198001010011", id);
        assertThat(Arrays.copyOfRange(id.getCopyOfBuffer(), 1, id.length()))
                .isEqualTo("450102198001010011".getBytes(StandardCharsets.US_ASCII));
    }
}
