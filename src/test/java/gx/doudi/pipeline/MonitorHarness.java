package gx.doudi.pipeline;

import gx.doudi.alert.Alert;
import gx.doudi.event.Event;
import gx.doudi.household.HouseholdState;
import gx.doudi.referral.ChainHistory;
import gx.doudi.indicator.IndicatorRelease;
import gx.doudi.indicator.IndicatorSet;
import gx.doudi.indicator.IndicatorSetLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.util.OutputTag;

/** The household stage in an operator test harness: events in, watermarks, and a look at its keyed state. */
public final class MonitorHarness implements AutoCloseable {
    /** The allowed lateness of the default configuration. */
    public static final long ALLOWED_LATENESS = java.time.Duration.ofDays(7).toMillis();

    private final KeyedBroadcastOperatorTestHarness<String, Event, IndicatorRelease, Alert> harness;
    private long watermark = Long.MIN_VALUE;

    /** The household stage with the shipped indicator set, opened; close it after the test ({@code @AutoClose}). */
    public static MonitorHarness shipped() {
        return shipped(Long.MAX_VALUE);
    }

    /** The same, with the clock of a replay whose last event is at {@code clockLimit}. */
    public static MonitorHarness shipped(long clockLimit) {
        try {
            return new MonitorHarness(IndicatorSetLoader.load(Path.of("warning-indicators")), clockLimit);
        } catch (Exception e) {
            throw new IllegalStateException("the household stage's harness did not open", e);
        }
    }

    public MonitorHarness(IndicatorSet indicators) throws Exception {
        this(indicators, Long.MAX_VALUE);
    }

    public MonitorHarness(IndicatorSet indicators, long clockLimit) throws Exception {
        this(indicators, clockLimit, WaitingBound.DEFAULT, null);
    }

    /** The stage with the given bound on the events waiting on its heap, from a snapshot if one is given. */
    public MonitorHarness(IndicatorSet indicators, long clockLimit, WaitingBound bound, OperatorSubtaskState restored)
            throws Exception {
        harness = new KeyedBroadcastOperatorTestHarness<>(
                new HouseholdMonitorOperator(new HouseholdMonitor(indicators, clockLimit, ALLOWED_LATENESS, bound,
                        HouseholdCache.DEFAULT_CAPACITY)),
                e -> e.householdKey, Types.STRING, 1, 1, 0);
        if (restored != null) {
            harness.initializeState(restored);
        }
        harness.open();
        harness.processBroadcastWatermark(Long.MAX_VALUE - 1);
    }

    /** A checkpoint of the stage, to restore into another harness. */
    public OperatorSubtaskState snapshot() throws Exception {
        return harness.snapshot(1, 1);
    }

    /** The household's events that wait for the watermark in keyed state rather than on the heap. */
    public List<Event> waitingInState(String household) throws Exception {
        harness.getOperator().setCurrentKey(household);
        ListState<Event> state = harness.getOperator().getKeyedStateBackend().getPartitionedState(VoidNamespace.INSTANCE,
                VoidNamespaceSerializer.INSTANCE,
                new ListStateDescriptor<>("pending-by-household-in-state", TypeInformation.of(Event.class)));
        List<Event> events = new ArrayList<>();
        Iterable<Event> stored = state.get();
        if (stored != null) {
            stored.forEach(events::add);
        }
        return events;
    }

    /** Hands in the event and moves the watermark up to its time, so that it is applied now. */
    public void processElement(Event e) throws Exception {
        receive(e);
        if (e.occurredAt > watermark) {
            processWatermark(e.occurredAt);
        }
    }

    /** Hands in the event only: it waits until the watermark passes its time. */
    public void receive(Event e) throws Exception {
        harness.processElement(e, e.occurredAt);
    }

    public void processWatermark(long time) throws Exception {
        watermark = time;
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
    public int numKeyedStateEntries() throws Exception {
        writeHeldHouseholds();
        return ((HeapKeyedStateBackend<?>) harness.getOperator().getKeyedStateBackend()).numKeyValueStateEntries();
    }

    public int numEventTimeTimers() {
        return harness.numEventTimeTimers();
    }

    /** The household's own state. */
    public HouseholdState household(String household) throws Exception {
        return state(household, HouseholdMonitor.householdState());
    }

    /** The household's chain as kept in state. */
    public ChainHistory chain(String household) throws Exception {
        return state(household, HouseholdMonitor.chainState());
    }

    private <T> T state(String household, ValueStateDescriptor<T> descriptor) throws Exception {
        writeHeldHouseholds();
        harness.getOperator().setCurrentKey(household);
        ValueState<T> state = harness.getOperator().getKeyedStateBackend().getPartitionedState(VoidNamespace.INSTANCE,
                VoidNamespaceSerializer.INSTANCE, descriptor);
        return state.value();
    }

    /** What the stage holds on the heap goes to its keyed state, as before a checkpoint. */
    private void writeHeldHouseholds() throws Exception {
        ((HouseholdMonitor) ((HouseholdMonitorOperator) harness.getOperator()).getUserFunction()).writeHeldHouseholds();
    }

    @Override
    public void close() throws Exception {
        harness.close();
    }
}
