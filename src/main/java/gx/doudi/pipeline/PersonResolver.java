package gx.doudi.pipeline;

import gx.doudi.event.Event;
import gx.doudi.event.Households;
import gx.doudi.event.Rejected;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by personId: finds the household of a person-level event through the members that
 * household.registered lists. A person no household lists is monitored as a household of one, in the
 * region of the event. Events are applied in event-time order, so a listing and an event race nowhere.
 */
public class PersonResolver extends KeyedProcessFunction<String, Event, Event> {
    private final long allowedLatenessMillis;
    private transient ValueState<String> household;
    private transient EventTimeBuffer buffer;

    public PersonResolver(long allowedLatenessMillis) {
        this.allowedLatenessMillis = allowedLatenessMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        household = getRuntimeContext().getState(new ValueStateDescriptor<>("household", Types.STRING));
        buffer = new EventTimeBuffer(getRuntimeContext(), "pending-by-person");
    }

    @Override
    public void processElement(Event e, Context ctx, Collector<Event> out) throws Exception {
        switch (EventTimeBuffer.arrival(e.occurredAt, ctx.timerService().currentWatermark(), allowedLatenessMillis)) {
            case ON_TIME -> buffer.add(e, ctx.timerService());
            case LATE -> resolve(e, ctx, out);
            case TOO_LATE -> reject(e, ctx);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Event> out) throws Exception {
        for (Event e : buffer.release(timestamp)) {
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

    private void reject(Event e, Context ctx) {
        if (!EventOrder.MEMBER_LINK.equals(e.type)) {
            ctx.output(Tags.REJECTED, Rejected.of(e, "too-late: beyond the allowed lateness of "
                    + allowedLatenessMillis / 3_600_000 + " h"));
        }
    }
}
