package gx.doudi.pipeline;

import gx.doudi.event.Json;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keeps each key's latest record, as JSON, in keyed state, and emits it once the input has ended:
 * what a compacted topic would hold. For {@code replay}'s chains.jsonl. The records wait in the state
 * backend (RocksDB), not on the heap, so a replay's heap does not grow with its households; the final
 * watermark of a bounded input fires the one timer each key has, at the end of time.
 */
public class LatestPerKey<T> extends KeyedProcessFunction<String, T, String> {
    private transient ValueState<String> latest;

    @Override
    public void open(OpenContext openContext) {
        latest = getRuntimeContext().getState(new ValueStateDescriptor<>("latest", Types.STRING));
    }

    @Override
    public void processElement(T record, Context ctx, Collector<String> out) throws Exception {
        latest.update(Json.write(record));
        ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
        out.collect(latest.value());
        latest.clear();
    }
}
