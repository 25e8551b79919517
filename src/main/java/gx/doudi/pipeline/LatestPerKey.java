package gx.doudi.pipeline;

import gx.doudi.event.Json;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Keeps each key's latest record, as JSON, in keyed state, and emits it once the input has ended:
 * what a compacted topic would hold. For {@code replay}'s chains.jsonl. The records wait in the state
 * backend (RocksDB), not on the heap, and the end of the input walks every key once: no timer per key,
 * so a replay's heap does not grow with its households.
 */
public class LatestPerKey<T> extends AbstractStreamOperator<String> implements OneInputStreamOperator<T, String>, BoundedOneInput {
    private static final ValueStateDescriptor<String> LATEST = new ValueStateDescriptor<>("latest", Types.STRING);
    private transient ValueState<String> latest;

    @Override
    public void open() throws Exception {
        super.open();
        latest = getPartitionedState(LATEST);
    }

    @Override
    public void processElement(StreamRecord<T> record) throws Exception {
        latest.update(Json.write(record.getValue()));
    }

    @Override
    public void endInput() throws Exception {
        StreamRecord<String> out = new StreamRecord<>(null);
        getKeyedStateBackend().applyToAllKeys(VoidNamespace.INSTANCE, VoidNamespaceSerializer.INSTANCE, LATEST,
                (key, state) -> {
                    output.collect(out.replace(state.value()));
                    state.clear();
                });
    }
}
