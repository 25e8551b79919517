package gx.doudi.pipeline;

import gx.doudi.alert.Alert;
import gx.doudi.event.Event;
import gx.doudi.indicator.IndicatorRelease;
import gx.doudi.indicator.IndicatorSet;
import java.util.List;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.OutputTag;

/** The household stage in an operator test harness: events in, watermarks, and a look at its keyed state. */
public final class MonitorHarness implements AutoCloseable {
    private final KeyedBroadcastOperatorTestHarness<String, Event, IndicatorRelease, Alert> harness;

    public MonitorHarness(IndicatorSet indicators) throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new HouseholdMonitor(indicators, Long.MAX_VALUE), e -> e.householdKey, Types.STRING, HouseholdMonitor.RELEASES);
        harness.processBroadcastWatermark(Long.MAX_VALUE - 1);
    }

    public void processElement(Event e) throws Exception {
        harness.processElement(e, e.occurredAt);
    }

    public void processWatermark(long time) throws Exception {
        harness.processWatermark(time);
    }

    public void publish(IndicatorRelease release) throws Exception {
        harness.processBroadcastElement(release, 0);
    }

    public List<Alert> alerts() {
        return harness.extractOutputValues();
    }

    public <X> List<X> sideOutput(OutputTag<X> tag) {
        return harness.getSideOutput(tag) == null ? List.of()
                : harness.getSideOutput(tag).stream().map(StreamRecord::getValue).toList();
    }

    /** Entries across all the operator's keyed state: zero means nothing is kept for any household. */
    public int numKeyedStateEntries() {
        return ((HeapKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend()).numKeyValueStateEntries();
    }

    public int numEventTimeTimers() {
        return harness.numEventTimeTimers();
    }

    /** One value state of one household, as the operator stores it. */
    public <T> T state(String household, String name, TypeInformation<T> type) throws Exception {
        harness.getOperator().setCurrentKey(household);
        ValueState<T> state = harness.getOperator().getKeyedStateBackend().getPartitionedState(VoidNamespace.INSTANCE,
                VoidNamespaceSerializer.INSTANCE, new ValueStateDescriptor<>(name, type));
        return state.value();
    }

    @Override
    public void close() throws Exception {
        harness.close();
    }
}
