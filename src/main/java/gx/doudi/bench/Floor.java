package gx.doudi.bench;

import gx.doudi.event.Parsed;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The floor of issue 7: a bare job that only parses each event and counts it per household key in a
 * RocksDB value state. What the engine does beyond this is what its indicators, order and chain cost.
 */
public class Floor extends KeyedProcessFunction<String, Parsed, Long> {
    private transient ValueState<Long> count;

    @Override
    public void open(OpenContext openContext) {
        count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Types.LONG));
    }

    @Override
    public void processElement(Parsed parsed, Context ctx, Collector<Long> out) throws Exception {
        Long n = count.value();
        count.update(n == null ? 1 : n + 1);
    }

    /** The key the engine would use first: the household named by the event, else the person. */
    public static String key(Parsed p) {
        if (p.event == null) {
            return "rejected";
        }
        return p.event.householdId != null ? p.event.householdId : p.event.personId;
    }
}
