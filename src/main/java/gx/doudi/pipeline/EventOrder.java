package gx.doudi.pipeline;

import gx.doudi.event.Event;
import gx.doudi.event.EventTypes;
import java.util.Comparator;

/**
 * The order in which a key's events are applied: event time, then member links, then registrations,
 * then source and eventId. Any driver and any parallelism apply them in this order.
 */
public final class EventOrder {
    /** Internal: a member listed by a household.registered event, sent to the person stage. */
    public static final String MEMBER_LINK = "_member.link";

    public static final Comparator<Event> ORDER = Comparator.<Event>comparingLong(e -> e.occurredAt)
            .thenComparingInt(EventOrder::rank)
            .thenComparing(e -> e.source)
            .thenComparing(e -> e.eventId)
            .thenComparing(e -> e.personId == null ? "" : e.personId);

    private EventOrder() {}

    private static int rank(Event e) {
        if (MEMBER_LINK.equals(e.type)) {
            return 0;
        }
        return EventTypes.HOUSEHOLD_REGISTERED.equals(e.type) ? 1 : 2;
    }
}
