package gx.doudi.event;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;

/**
 * What the engine's hand-written serializers share: each value starts with a format version, a copy is
 * the value written and read back, and nothing is reused. A subclass writes and reads its fields.
 */
public abstract class CompactSerializer<T> extends TypeSerializerSingleton<T> {
    private final String what;
    private final int version;

    /** @param what what a value is, for the message that refuses an unknown format */
    protected CompactSerializer(String what, int version) {
        this.what = what;
        this.version = version;
    }

    /** Writes the value's fields, after the version. */
    protected abstract void write(T value, DataOutputView out) throws IOException;

    /** Reads a value's fields written in {@code format}. */
    protected abstract T read(DataInputView in, int format) throws IOException;

    @Override
    public final void serialize(T value, DataOutputView out) throws IOException {
        out.writeByte(version);
        write(value, out);
    }

    @Override
    public final T deserialize(DataInputView in) throws IOException {
        int format = in.readByte();
        if (format < 1 || format > version) {
            throw new IOException(what + " in format version " + format + ", this build reads "
                    + (version == 1 ? "version 1" : "versions 1 to " + version));
        }
        return read(in, format);
    }

    @Override
    public final T deserialize(T reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public final T copy(T from) {
        try {
            DataOutputSerializer out = new DataOutputSerializer(256);
            serialize(from, out);
            return deserialize(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()));
        } catch (IOException e) {
            throw new IllegalStateException("copying " + what, e);
        }
    }

    @Override
    public final T copy(T from, T reuse) {
        return copy(from);
    }

    @Override
    public final void copy(DataInputView source, DataOutputView target) throws IOException {
        serialize(deserialize(source), target);
    }

    @Override
    public final boolean isImmutableType() {
        return false;
    }

    @Override
    public final int getLength() {
        return -1;
    }
}
