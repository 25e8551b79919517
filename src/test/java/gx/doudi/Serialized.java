package gx.doudi;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/** A value through a Flink serializer and back, as the network and RocksDB take it. */
public final class Serialized {
    private Serialized() {}

    public static <T> byte[] bytes(TypeSerializer<T> serializer, T value) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(value, out);
        return out.getCopyOfBuffer();
    }

    public static <T> T read(TypeSerializer<T> serializer, byte[] bytes) throws IOException {
        return serializer.deserialize(new DataInputDeserializer(bytes));
    }

    public static <T> T roundTrip(TypeSerializer<T> serializer, T value) throws IOException {
        return read(serializer, bytes(serializer, value));
    }
}
