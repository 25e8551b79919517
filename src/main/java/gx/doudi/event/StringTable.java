package gx.doudi.event;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The strings of one stored value, each distinct one written once and every repeat as its place among
 * them. A chain names the same alert, indicator, grade, department and status in entry after entry, and
 * a household the same people, alerts and indicators in list after list: repeats are written as a byte
 * or two, and read back as the one string they were, its hash worked out once.
 *
 * <p>Each string starts with a tag (a varint): 0 for null, {@code 2i + 1} for the {@code i}-th distinct
 * string of the value, {@code 2(n + 1)} for a new string of {@code n} chars, which follow as
 * {@link Wire#str} writes them.
 */
public final class StringTable {
    private StringTable() {}

    /** How a format reads its strings. */
    public interface Source {
        String read(DataInputView in) throws IOException;
    }

    /** The strings of one value: from a table, or each on its own as the formats before tables wrote them. */
    public static Source source(boolean table) {
        return table ? new Reader()::read : Wire::str;
    }

    /** Writes the strings of one value; a new one for each value. */
    public static final class Writer {
        private final Map<String, Integer> places = new HashMap<>();

        public void write(DataOutputView out, String s) throws IOException {
            if (s == null) {
                Wire.varint(out, 0);
                return;
            }
            Integer place = places.putIfAbsent(s, places.size());
            if (place != null) {
                Wire.varint(out, 2L * place + 1);
                return;
            }
            Wire.varint(out, 2L * (s.length() + 1));
            Wire.chars(out, s);
        }
    }

    /** Reads the strings of one value, in the order they were written; a new one for each value. */
    public static final class Reader {
        private final List<String> strings = new ArrayList<>();

        public String read(DataInputView in) throws IOException {
            long tag = Wire.varint(in);
            if (tag == 0) {
                return null;
            }
            if ((tag & 1) == 1) {
                long place = tag >>> 1;
                if (place >= strings.size()) {
                    throw new IOException("string " + place + " of a value that has " + strings.size() + " so far");
                }
                return strings.get((int) place);
            }
            String s = Wire.chars(in, (int) (tag >>> 1) - 1);
            strings.add(s);
            return s;
        }
    }
}
