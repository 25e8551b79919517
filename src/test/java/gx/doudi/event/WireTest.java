package gx.doudi.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.types.StringValue;
import org.junit.jupiter.api.Test;

/** Both wires give back every value they took, and the packed one takes few bytes for the usual ones. */
class WireTest {
    interface Write {
        void to(Wire w, DataOutputSerializer out) throws IOException;
    }

    static byte[] written(Wire w, Write write) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(16);
        write.to(w, out);
        return out.getCopyOfBuffer();
    }

    static DataInputDeserializer in(byte[] bytes) {
        return new DataInputDeserializer(bytes);
    }

    static final long[] TIMES = {0, 1, 999, 1000, -1, -1000, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1,
            1_735_696_800_000L, 1_735_696_800_123L, 1L << 61, (1L << 61) - 1};
    static final double[] AMOUNTS = {0.0, -0.0, 1.0, -1.0, 800.0, 69_870.0, 0.5, -123.25, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE, 1e300, (double) (1L << 52),
            (double) -(1L << 52) + 1, 4.5e15};
    static final int[] INTEGERS = {0, 1, -1, 63, 64, -64, -65, Integer.MAX_VALUE, Integer.MIN_VALUE};

    @Test
    void everyValueComesBackFromBothWires() throws Exception {
        Random random = new Random(7);
        for (Wire w : new Wire[] {Wire.FIXED, Wire.PACKED, Wire.PACKED.near(1_735_696_800_000L), Wire.PACKED.near(7)}) {
            for (int i = 0; i < 10_000; i++) {
                long t = i < TIMES.length ? TIMES[i] : random.nextLong() >> random.nextInt(64);
                assertThat(w.time(in(written(w, (x, out) -> x.time(out, t))))).isEqualTo(t);
                double d = i < AMOUNTS.length ? AMOUNTS[i] : random.nextInt(2) == 0 ? random.nextInt() : random.nextGaussian() * 1e6;
                double back = w.amount(in(written(w, (x, out) -> x.amount(out, d))));
                assertThat(Double.doubleToRawLongBits(back)).as("amount %s", d).isEqualTo(Double.doubleToRawLongBits(d));
                int n = i < INTEGERS.length ? INTEGERS[i] : random.nextInt();
                assertThat(w.integer(in(written(w, (x, out) -> x.integer(out, n))))).isEqualTo(n);
                int count = Math.abs(n == Integer.MIN_VALUE ? 0 : n);
                assertThat(w.count(in(written(w, (x, out) -> x.count(out, count))))).isEqualTo(count);
            }
        }
    }

    /** Nulls, edge cases, and random strings of ASCII mixed with any char: lone surrogates, '?' and pairs among them. */
    static List<String> strings() {
        Random random = new Random(11);
        List<String> strings = new ArrayList<>(Arrays.asList(null, "", "a", "civil-affairs/ca-2025-0000001",
                "低保边缘家庭", "é", "\u007f\u0080\u00ff\u0100\u3fff\u4000\uffff", "\ud83d\ude00", "x".repeat(127),
                "y".repeat(128), "z".repeat(16_384), "?", "a\ud800", "\udfff?", "?\ud83d\ude00\ud800", "低?\udc00"));
        for (int i = 0; i < 2_000; i++) {
            char[] chars = new char[random.nextInt(i % 10 == 0 ? 300 : 30)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = (char) (random.nextInt(4) == 0 ? random.nextInt(0x10000) : 32 + random.nextInt(95));
            }
            strings.add(new String(chars));
        }
        return strings;
    }

    @Test
    void textGivesBackEveryStringCharForChar() throws Exception {
        for (String s : strings()) {
            DataOutputSerializer out = new DataOutputSerializer(16);
            Wire.text(out, s);
            assertReadsBack(out, Wire::text, s);
        }
    }

    @Test
    void textWritesAnAsciiStringAsItsBytesAfterOneLengthByte() throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(16);
        Wire.text(out, "household.registered");
        byte[] bytes = out.getCopyOfBuffer();
        assertThat(bytes).hasSize(1 + 20);
        assertThat(new String(bytes, 1, 20, StandardCharsets.US_ASCII)).isEqualTo("household.registered");
    }

    @Test
    void stringsAreWrittenAndReadExactlyAsFlinksStringValueDoes() throws Exception {
        for (String s : strings()) {
            DataOutputSerializer flinks = new DataOutputSerializer(16);
            StringValue.writeString(s, flinks);
            DataOutputSerializer ours = new DataOutputSerializer(16);
            Wire.str(ours, s);

            assertThat(ours.getCopyOfBuffer()).isEqualTo(flinks.getCopyOfBuffer());
            assertReadsBack(flinks, Wire::str, s);
        }
    }

    /** What {@code written} holds reads back as {@code s}, and what follows the string is left for the next read. */
    static void assertReadsBack(DataOutputSerializer written, StringTable.Source read, String s) throws IOException {
        written.writeInt(0x5EED);
        DataInputDeserializer in = in(written.getCopyOfBuffer());
        assertThat(read.read(in)).isEqualTo(s);
        assertThat(in.readInt()).isEqualTo(0x5EED);
    }

    @Test
    void usualValuesTakeAFewBytesPacked() throws Exception {
        assertThat(written(Wire.PACKED, (w, out) -> w.count(out, 0))).hasSize(1);
        assertThat(written(Wire.PACKED, (w, out) -> w.time(out, Long.MAX_VALUE))).hasSize(1);
        assertThat(written(Wire.PACKED, (w, out) -> w.time(out, 1_735_696_800_000L))).hasSize(5);
        assertThat(written(Wire.PACKED, (w, out) -> w.time(out, 1_735_696_800_123L))).hasSize(7);
        assertThat(written(Wire.PACKED, (w, out) -> w.amount(out, 69_870.0))).hasSize(3);
        assertThat(written(Wire.PACKED, (w, out) -> w.time(out, 0))).hasSize(1);
        Wire near = Wire.PACKED.near(1_735_696_800_000L);
        assertThat(written(near, (w, out) -> w.time(out, 1_735_696_800_000L))).hasSize(1);
        assertThat(written(near, (w, out) -> w.time(out, 1_735_696_800_000L - 86_400_000))).hasSize(3);
        assertThat(written(near, (w, out) -> w.time(out, 0))).hasSize(1);
        assertThat(written(Wire.FIXED, (w, out) -> w.time(out, 1_735_696_800_000L))).hasSize(8);
    }
}
