package gx.doudi.pipeline;

import gx.doudi.event.Event;
import gx.doudi.event.Households;
import gx.doudi.event.Rejected;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by personId: finds the household of a person-level event through the members that
 * household.registered lists. A person no household lists is monitored as a household of one, in the
 * region of the event. Events are applied in event-time order, so a listing and an event race nowhere.
 */
public class PersonResolver extends KeyedProcessFunction<String, Event, Event> implements CheckpointedFunction {
    private transient ValueState<String> household;
    private final WaitingBound waitingBound;
    private transient EventTimeBuffer buffer;

    public PersonResolver(WaitingBound waitingBound) {
        this.waitingBound = waitingBound;
    }

    @Override
    public void open(OpenContext openContext) {
        household = getRuntimeContext().getState(new ValueStateDescriptor<>("household", Types.STRING));
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        buffer = new EventTimeBuffer(e -> e.personId, waitingBound);
        buffer.initialize(context, getRuntimeContext(), "pending-by-person");
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        buffer.snapshot();
    }

    @Override
    public void processElement(Event e, Context ctx, Collector<Event> out) throws Exception {
        if (EventTimeBuffer.isLate(e.occurredAt, ctx.timerService().currentWatermark())) {
            resolve(e, ctx, out);
        } else {
            buffer.add(e, ctx.timerService());
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Event> out) throws Exception {
        for (Event e : buffer.release(ctx.getCurrentKey(), timestamp)) {
            resolve(e, ctx, out);
        }
    }

    private void resolve(Event e, Context ctx, Collector<Event> out) throws Exception {
        if (EventOrder.MEMBER_LINK.equals(e.type)) {
            household.update(e.householdKey);
            return;
        }
        String listed = household.value();
        if (listed != null) {
            e.householdKey = listed;
        } else if (e.region == null) {
            ctx.output(Tags.REJECTED, Rejected.of(e,
                    "missing field: region (required for a person no household lists)"));
            return;
        } else {
            e.householdKey = Households.ofPerson(e.personId);
        }
        out.collect(e);
    }

}
