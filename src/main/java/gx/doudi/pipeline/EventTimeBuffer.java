package gx.doudi.pipeline;

import gx.doudi.event.Event;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;

/**
 * Holds a key's events until the watermark passes their time, then hands them out in {@link EventOrder}.
 * This is what makes the result independent of arrival order, driver and parallelism.
 */
final class EventTimeBuffer {
    private final MapState<Long, List<Event>> pending;

    EventTimeBuffer(RuntimeContext context, String name) {
        this.pending = context.getMapState(new MapStateDescriptor<>(name, Types.LONG,
                Types.LIST(TypeInformation.of(Event.class))));
    }

    /** Keeps the event and asks for a timer at its time. */
    void add(Event e, TimerService timers) throws Exception {
        List<Event> list = pending.get(e.occurredAt);
        if (list == null) {
            list = new ArrayList<>();
            timers.registerEventTimeTimer(e.occurredAt);
        }
        list.add(e);
        pending.put(e.occurredAt, list);
    }

    /** The events held for {@code time}, in order, removed from the buffer. */
    List<Event> release(long time) throws Exception {
        List<Event> list = pending.get(time);
        if (list == null) {
            return List.of();
        }
        pending.remove(time);
        list.sort(EventOrder.ORDER);
        return list;
    }

    /** An event the watermark has passed is late: it is applied at once rather than held. */
    static boolean isLate(long eventTime, long watermark) {
        return eventTime <= watermark;
    }
}
