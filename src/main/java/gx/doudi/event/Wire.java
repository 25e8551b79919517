package gx.doudi.event;

import java.io.IOException;
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

    /** An amount: whole amounts are the usual case. */
    public abstract void amount(DataOutputView out, double d) throws IOException;

    public abstract double amount(DataInputView in) throws IOException;

    public static void str(DataOutputView out, String s) throws IOException {
        StringValue.writeString(s, out);
    }

    public static String str(DataInputView in) throws IOException {
        return StringValue.readString(in);
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
        public void amount(DataOutputView out, double d) throws IOException {
            out.writeDouble(d);
        }

        @Override
        public double amount(DataInputView in) throws IOException {
            return in.readDouble();
        }
    }

    /**
     * Unsigned LEB128 varints. A time's two low bits say how the rest reads: 0 is {@code Long.MAX_VALUE}
     * ("never"), 1 whole seconds, 2 milliseconds, 3 eight raw bytes (a negative time). An amount's low bit
     * says whether a whole number (zigzag) or eight raw bytes follow.
     */
    private static final class Packed extends Wire {
        private static final long WHOLE_LIMIT = 1L << 52;

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
            if (t == Long.MAX_VALUE) {
                varint(out, 0);
            } else if (t >= 0 && t % 1000 == 0) {
                varint(out, (t / 1000) << 2 | 1);
            } else if (t >= 0 && t < 1L << 61) {
                varint(out, t << 2 | 2);
            } else {
                varint(out, 3);
                out.writeLong(t);
            }
        }

        @Override
        public long time(DataInputView in) throws IOException {
            long v = varint(in);
            return switch ((int) (v & 3)) {
                case 0 -> Long.MAX_VALUE;
                case 1 -> (v >>> 2) * 1000;
                case 2 -> v >>> 2;
                default -> in.readLong();
            };
        }

        @Override
        public void amount(DataOutputView out, double d) throws IOException {
            long whole = (long) d;
            if (whole == d && Math.abs(whole) < WHOLE_LIMIT && !(whole == 0 && 1 / d < 0)) {
                varint(out, ((whole << 1) ^ (whole >> 63)) << 1);
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
            long z = v >>> 1;
            return (z >>> 1) ^ -(z & 1);
        }

        private static void varint(DataOutputView out, long v) throws IOException {
            while ((v & ~0x7FL) != 0) {
                out.writeByte((int) (v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.writeByte((int) v);
        }

        private static long varint(DataInputView in) throws IOException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = in.readByte();
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
            throw new IOException("malformed varint: longer than 10 bytes");
        }
    }
}
