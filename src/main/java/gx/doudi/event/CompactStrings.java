package gx.doudi.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * Strings in the compact formats: a length, then each UTF-16 unit as one to three bytes (as Java's
 * modified UTF-8 does, so every string comes back exactly, lone surrogates too), written and read as
 * one block. Flink's {@link StringValue}, which format 1 used, writes and reads byte by byte through
 * the view, and that was an eighth of the household stage's time; most of the engine's strings are
 * ASCII (ids, codes, times), which here cost one array copy each way.
 */
public final class CompactStrings {
    /** The first format of each compact serializer that writes strings this way; format 1 used StringValue. */
    public static final int FIRST_FORMAT = 2;

    private CompactStrings() {}

    public static void write(String s, DataOutputView out) throws IOException {
        if (s == null) {
            writeLength(0, out);
            return;
        }
        int units = s.length();
        int bytes = units;
        for (int i = 0; i < units; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                bytes += c >= 0x800 ? 2 : 1;
            }
        }
        writeLength(bytes + 1, out);
        if (bytes == units) {
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
            return;
        }
        byte[] b = new byte[bytes];
        int k = 0;
        for (int i = 0; i < units; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[k++] = (byte) c;
            } else if (c < 0x800) {
                b[k++] = (byte) (0xC0 | c >> 6);
                b[k++] = (byte) (0x80 | c & 0x3F);
            } else {
                b[k++] = (byte) (0xE0 | c >> 12);
                b[k++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[k++] = (byte) (0x80 | c & 0x3F);
            }
        }
        out.write(b);
    }

    /** Reads a string written in {@code format} of its serializer. */
    public static String read(DataInputView in, int format) throws IOException {
        if (format < FIRST_FORMAT) {
            return StringValue.readString(in);
        }
        int length = readLength(in) - 1;
        if (length < 0) {
            return null;
        }
        byte[] b = new byte[length];
        in.readFully(b);
        int i = 0;
        while (i < length && b[i] >= 0) {
            i++;
        }
        if (i == length) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[length];
        int n = 0;
        for (i = 0; i < length; ) {
            int x = b[i++] & 0xFF;
            if (x < 0x80) {
                chars[n++] = (char) x;
            } else if (x < 0xE0) {
                chars[n++] = (char) ((x & 0x1F) << 6 | b[i++] & 0x3F);
            } else {
                chars[n++] = (char) ((x & 0x0F) << 12 | (b[i++] & 0x3F) << 6 | b[i++] & 0x3F);
            }
        }
        return new String(chars, 0, n);
    }

    private static void writeLength(int value, DataOutputView out) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte(value & 0x7F | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readLength(DataInputView in) throws IOException {
        int value = 0;
        int shift = 0;
        byte b;
        do {
            b = in.readByte();
            value |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return value;
    }
}
