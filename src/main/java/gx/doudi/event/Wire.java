package gx.doudi.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * How the compact serializers write numbers. The first formats wrote them at fixed width (4 bytes per
 * count, 8 per time); the packed formats write variable-length integers, so that the empty lists and
 * second-precision times that fill most households' state take a byte or a few. A serializer writes
 * {@link #PACKED} and reads whichever its value's format version names.
 */
public abstract class Wire {
    /** Fixed width, as {@code DataOutput} writes: the formats before packing. */
    public static final Wire FIXED = new Fixed();
    /** Variable length: counts and small integers in 1 to 5 bytes, times in 1 to 9, whole amounts in a few. */
    public static final Wire PACKED = new Packed();

    /** A length, a size or a bit set: zero or more. */
    public abstract void count(DataOutputView out, int n) throws IOException;

    public abstract int count(DataInputView in) throws IOException;

    /** A small integer of either sign (a grade, an intensity, a number of people). */
    public abstract void integer(DataOutputView out, int n) throws IOException;

    public abstract int integer(DataInputView in) throws IOException;

    /** Epoch milliseconds, or a sentinel such as 0 or {@code Long.MAX_VALUE}. */
    public abstract void time(DataOutputView out, long t) throws IOException;

    public abstract long time(DataInputView in) throws IOException;

    /**
     * This wire, with times written as their distance from {@code base}: a value whose times cluster
     * (a household's, around its last event) writes the base first, then the rest near it.
     */
    public abstract Wire near(long base);

    /** An amount: whole amounts are the usual case. */
    public abstract void amount(DataOutputView out, double d) throws IOException;

    public abstract double amount(DataInputView in) throws IOException;

    /**
     * A string, or null, in {@link StringValue}'s format (its length plus one, then each char, as 7-bit
     * groups), which every format of the compact serializers uses. Written and read here without
     * {@code StringValue}, which goes through the view byte by byte and looks up a thread-local buffer
     * for every string (it showed in the household stage's profile). An ASCII string, the usual case,
     * is written straight from the string, with no array in between.
     */
    public static void str(DataOutputView out, String s) throws IOException {
        if (s == null) {
            out.writeByte(0);
            return;
        }
        int n = s.length();
        varint(out, n + 1);
        chars(out, s);
    }

    /**
     * A string, or null, as one block: a varint of its length and its kind, then its bytes, copied in
     * and out whole. {@link #str}'s format goes through the view a byte at a time, which an event's
     * raw line (hundreds of chars) made a tenth of the household stage's time and a fifth of the person
     * stage's. A string without surrogates is written as UTF-8 (ASCII, the usual case, one byte a char);
     * one with surrogates as {@link #str}'s chars, so that a lone surrogate arrives as it left.
     */
    public static void text(DataOutputView out, String s) throws IOException {
        if (s == null) {
            out.writeByte(0);
            return;
        }
        if (!hasSurrogate(s)) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(out, ((long) utf8.length << 1) + 1);
            out.write(utf8);
            return;
        }
        varint(out, ((long) s.length() << 1 | 1) + 1);
        chars(out, s);
    }

    /** A string {@link #text(DataOutputView, String)} wrote. */
    public static String text(DataInputView in) throws IOException {
        long header = varint(in);
        if (header == 0) {
            return null;
        }
        int n = (int) ((header - 1) >>> 1);
        if (((header - 1) & 1) == 1) {
            return chars(in, n);
        }
        byte[] utf8 = new byte[n];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A string's chars, after its length: ASCII as it is, the rest as 7-bit groups. */
    static void chars(DataOutputView out, String s) throws IOException {
        int n = s.length();
        int i = 0;
        for (char c; i < n && (c = s.charAt(i)) < HIGH_BIT; i++) {
            out.writeByte(c);
        }
        if (i == n) {
            return;
        }
        // beyond ASCII: the rest as 7-bit groups
        byte[] bytes = new byte[3 * (n - i)];
        int at = 0;
        for (; i < n; i++) {
            at = group(bytes, at, s.charAt(i));
        }
        out.write(bytes, 0, at);
    }

    public static String str(DataInputView in) throws IOException {
        int length = (int) varint(in);
        return length == 0 ? null : chars(in, length - 1);
    }

    /** A string of {@code n} chars, after its length. */
    static String chars(DataInputView in, int n) throws IOException {
        byte[] latin = new byte[n];
        for (int i = 0; i < n; i++) {
            int c = in.readUnsignedByte();
            if (c >= HIGH_BIT) {
                // beyond ASCII: the rest char by char
                char[] chars = new char[n];
                for (int k = 0; k < i; k++) {
                    chars[k] = (char) latin[k];
                }
                chars[i] = (char) rest(in, c);
                for (int k = i + 1; k < n; k++) {
                    chars[k] = (char) varint(in);
                }
                return new String(chars);
            }
            latin[i] = (byte) c;
        }
        return new String(latin, 0, n, StandardCharsets.ISO_8859_1);
    }

    private static final int HIGH_BIT = 0x80;
    private static final int MAX_VARINT = 10;

    /**
     * Writes {@code v} as unsigned LEB128: 7-bit groups, low group first, the high bit set on all but the
     * last. StringValue's lengths and chars are written this way, and so are the packed numbers.
     */
    private static int group(byte[] bytes, int at, long v) {
        while ((v & ~0x7FL) != 0) {
            bytes[at++] = (byte) (v | HIGH_BIT);
            v >>>= 7;
        }
        bytes[at++] = (byte) v;
        return at;
    }

    static long varint(DataInputView in) throws IOException {
        int first = in.readUnsignedByte();
        return first < HIGH_BIT ? first : rest(in, first);
    }

    /** The value of 7-bit groups whose first byte, with its high bit set, has been read. */
    private static long rest(DataInputView in, int first) throws IOException {
        long v = first & 0x7F;
        for (int shift = 7; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if (b < HIGH_BIT) {
                return v;
            }
        }
        throw new IOException("malformed varint: longer than " + MAX_VARINT + " bytes");
    }

    static void varint(DataOutputView out, long v) throws IOException {
        if ((v & ~0x7FL) == 0) {
            // one byte, as most counts are
            out.writeByte((int) v);
            return;
        }
        byte[] bytes = new byte[MAX_VARINT];
        out.write(bytes, 0, group(bytes, 0, v));
    }

    private static final class Fixed extends Wire {
        @Override
        public void count(DataOutputView out, int n) throws IOException {
            out.writeInt(n);
        }

        @Override
        public int count(DataInputView in) throws IOException {
            return in.readInt();
        }

        @Override
        public void integer(DataOutputView out, int n) throws IOException {
            out.writeInt(n);
        }

        @Override
        public int integer(DataInputView in) throws IOException {
            return in.readInt();
        }

        @Override
        public void time(DataOutputView out, long t) throws IOException {
            out.writeLong(t);
        }

        @Override
        public long time(DataInputView in) throws IOException {
            return in.readLong();
        }

        @Override
        public Wire near(long base) {
            return this;
        }

        @Override
        public void amount(DataOutputView out, double d) throws IOException {
            out.writeDouble(d);
        }

        @Override
        public double amount(DataInputView in) throws IOException {
            return in.readDouble();
        }
    }

    /**
     * Unsigned LEB128 varints. A time is written as its distance from the wire's base (0 unless
     * {@link #near}), and its two low bits say how the rest reads: 0 a sentinel (then 0 is
     * {@code Long.MAX_VALUE}, "never", and 1 is 0), 1 a distance in whole seconds, 2 in milliseconds
     * (both zigzag), 3 eight raw bytes (a negative time). An amount's low bit says whether a whole number
     * (zigzag) or eight raw bytes follow.
     */
    private static final class Packed extends Wire {
        private static final long WHOLE_LIMIT = 1L << 52;
        private static final long DISTANCE_LIMIT = 1L << 60;
        private final long base;

        Packed() {
            this(0);
        }

        private Packed(long base) {
            this.base = base;
        }

        @Override
        public Wire near(long base) {
            return base < 0 ? this : new Packed(base);
        }

        @Override
        public void count(DataOutputView out, int n) throws IOException {
            if (n < 0) {
                throw new IOException("a count cannot be negative: " + n);
            }
            varint(out, n);
        }

        @Override
        public int count(DataInputView in) throws IOException {
            long n = varint(in);
            if (n > Integer.MAX_VALUE) {
                throw new IOException("count out of range: " + n);
            }
            return (int) n;
        }

        @Override
        public void integer(DataOutputView out, int n) throws IOException {
            varint(out, Integer.toUnsignedLong((n << 1) ^ (n >> 31)));
        }

        @Override
        public int integer(DataInputView in) throws IOException {
            int z = (int) varint(in);
            return (z >>> 1) ^ -(z & 1);
        }

        @Override
        public void time(DataOutputView out, long t) throws IOException {
            // base and t both at least 0: the distance cannot overflow
            long d = t - base;
            if (t == Long.MAX_VALUE) {
                varint(out, 0);
            } else if (t == 0) {
                varint(out, 1 << 2);
            } else if (t > 0 && d % 1000 == 0) {
                varint(out, zigzag(d / 1000) << 2 | 1);
            } else if (t > 0 && Math.abs(d) < DISTANCE_LIMIT) {
                varint(out, zigzag(d) << 2 | 2);
            } else {
                varint(out, 3);
                out.writeLong(t);
            }
        }

        @Override
        public long time(DataInputView in) throws IOException {
            long v = varint(in);
            return switch ((int) (v & 3)) {
                case 0 -> sentinel(v);
                case 1 -> base + unzigzag(v >>> 2) * 1000;
                case 2 -> base + unzigzag(v >>> 2);
                default -> in.readLong();
            };
        }

        private static long sentinel(long v) throws IOException {
            if (v == 0 || v == 1 << 2) {
                return v == 0 ? Long.MAX_VALUE : 0;
            }
            throw new IOException("unknown time sentinel: " + (v >>> 2));
        }

        private static long zigzag(long v) {
            return (v << 1) ^ (v >> 63);
        }

        private static long unzigzag(long z) {
            return (z >>> 1) ^ -(z & 1);
        }

        @Override
        public void amount(DataOutputView out, double d) throws IOException {
            long whole = (long) d;
            if (whole == d && Math.abs(whole) < WHOLE_LIMIT && !(whole == 0 && 1 / d < 0)) {
                varint(out, zigzag(whole) << 1);
            } else {
                varint(out, 1);
                out.writeDouble(d);
            }
        }

        @Override
        public double amount(DataInputView in) throws IOException {
            long v = varint(in);
            if ((v & 1) != 0) {
                return in.readDouble();
            }
            return unzigzag(v >>> 1);
        }
    }
}
