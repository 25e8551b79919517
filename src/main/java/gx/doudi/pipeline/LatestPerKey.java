package gx.doudi.pipeline;

import gx.doudi.event.Json;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.function.SerializableFunction;

/**
 * Keeps each key's latest document, as JSON, in keyed state, and emits it once the input has ended:
 * what a compacted topic would hold. For {@code replay}'s chains.jsonl. The documents wait in the state
 * backend (RocksDB), not on the heap, and the end of the input walks every key once: no timer per key,
 * so a replay's heap does not grow with its households. They are kept as UTF-8 bytes, which RocksDB
 * takes in one copy (a string in Flink's own format is written a character at a time).
 */
public class LatestPerKey<T> extends AbstractStreamOperator<String> implements OneInputStreamOperator<T, String>, BoundedOneInput {
    private static final ValueStateDescriptor<byte[]> LATEST =
            new ValueStateDescriptor<>("latest", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
    private final SerializableFunction<T, ?> document;
    private transient ValueState<byte[]> latest;

    /** Keeps the document each record carries. */
    public LatestPerKey(SerializableFunction<T, ?> document) {
        this.document = document;
    }

    @Override
    public void open() throws Exception {
        super.open();
        latest = getPartitionedState(LATEST);
    }

    @Override
    public void processElement(StreamRecord<T> record) throws Exception {
        latest.update(Json.writeBytes(document.apply(record.getValue())));
    }

    @Override
    public void endInput() throws Exception {
        StreamRecord<String> out = new StreamRecord<>(null);
        getKeyedStateBackend().applyToAllKeys(VoidNamespace.INSTANCE, VoidNamespaceSerializer.INSTANCE, LATEST,
                (key, state) -> {
                    output.collect(out.replace(new String(state.value(), StandardCharsets.UTF_8)));
                    state.clear();
                });
    }
}
