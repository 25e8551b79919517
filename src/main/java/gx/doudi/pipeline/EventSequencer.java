package gx.doudi.pipeline;

import gx.doudi.event.Event;
import gx.doudi.event.Rejected;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by household: hands the household's events to the monitor in event-time order, once each.
 * A re-sent event (same source and eventId) is rejected as a duplicate; it is remembered until any
 * re-send would be rejected as too late before it gets here ({@link RouteEvents}), so the memory is
 * bounded and a re-send changes nothing however late it comes.
 */
public class EventSequencer extends KeyedProcessFunction<String, Event, Event> {
    private final long allowedLatenessMillis;
    private transient EventTimeBuffer buffer;
    /** source/eventId → event time, for events still within reach of a re-send. */
    private transient MapState<String, Long> seen;

    public EventSequencer(long allowedLatenessMillis) {
        this.allowedLatenessMillis = allowedLatenessMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        buffer = new EventTimeBuffer(getRuntimeContext(), "pending-by-household");
        seen = getRuntimeContext().getMapState(new MapStateDescriptor<>("seen", Types.STRING, Types.LONG));
    }

    @Override
    public void processElement(Event e, Context ctx, Collector<Event> out) throws Exception {
        if (seen.contains(e.dedupKey())) {
            ctx.output(Tags.REJECTED, Rejected.of(e, "duplicate: " + e.dedupKey() + " was already received"));
            return;
        }
        seen.put(e.dedupKey(), e.occurredAt);
        ctx.timerService().registerEventTimeTimer(forgetAt(e.occurredAt));
        if (EventTimeBuffer.isLate(e.occurredAt, ctx.timerService().currentWatermark())) {
            out.collect(e);
        } else {
            buffer.add(e, ctx.timerService());
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Event> out) throws Exception {
        for (Event e : buffer.release(timestamp)) {
            out.collect(e);
        }
        List<String> expired = new ArrayList<>();
        for (Map.Entry<String, Long> entry : seen.entries()) {
            if (forgetAt(entry.getValue()) <= timestamp) {
                expired.add(entry.getKey());
            }
        }
        for (String key : expired) {
            seen.remove(key);
        }
    }

    /** After this, a re-send of an event at {@code eventTime} is too late whatever it says. */
    private long forgetAt(long eventTime) {
        return eventTime + allowedLatenessMillis + 1;
    }
}
