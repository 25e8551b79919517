package gx.doudi.pipeline;

import gx.doudi.event.Event;
import gx.doudi.event.EventTypes;
import gx.doudi.event.Member;
import gx.doudi.event.Parsed;
import gx.doudi.event.Payload;
import gx.doudi.event.Rejected;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Splits parsed input: rejections to the side, events that name their household straight on, events
 * that name only a person to the person stage. A household.registered also tells the person stage,
 * member by member, which household each person belongs to.
 *
 * <p>An event further behind the watermark than the allowed lateness is rejected here as
 * {@code too-late}: right after event time is assigned, the watermark an event meets depends on the
 * input alone, so what is too late does too.
 */
public class RouteEvents extends ProcessFunction<Parsed, Event> {
    private final long allowedLatenessMillis;

    public RouteEvents(long allowedLatenessMillis) {
        this.allowedLatenessMillis = allowedLatenessMillis;
    }

    @Override
    public void processElement(Parsed parsed, Context ctx, Collector<Event> out) {
        if (parsed.rejected != null) {
            ctx.output(Tags.REJECTED, parsed.rejected);
            return;
        }
        Event e = parsed.event;
        long watermark = ctx.timerService().currentWatermark();
        if (watermark != Long.MIN_VALUE && watermark - e.occurredAt > allowedLatenessMillis) {
            ctx.output(Tags.REJECTED, Rejected.of(e, "too-late: " + (watermark - e.occurredAt) / 3_600_000
                    + " h behind the engine's clock, beyond the allowed lateness of " + allowedLatenessMillis / 3_600_000 + " h"));
            return;
        }
        if (e.householdId == null) {
            ctx.output(Tags.BY_PERSON, e);
            return;
        }
        e.householdKey = e.householdId;
        out.collect(e);
        if (EventTypes.HOUSEHOLD_REGISTERED.equals(e.type)) {
            for (Member m : e.payload.members) {
                ctx.output(Tags.BY_PERSON, link(e, m.personId));
            }
        }
    }

    private static Event link(Event registration, String personId) {
        Event link = new Event();
        link.eventId = registration.eventId;
        link.source = registration.source;
        link.type = EventOrder.MEMBER_LINK;
        link.occurredAt = registration.occurredAt;
        link.householdId = registration.householdId;
        link.householdKey = registration.householdId;
        link.personId = personId;
        link.region = registration.region;
        link.payload = new Payload();
        link.topic = registration.topic;
        link.partition = registration.partition;
        link.offset = registration.offset;
        return link;
    }
}
