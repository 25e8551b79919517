package gx.doudi.event;

import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * A validated department event (contract §3), with where it was read from so that a later stage can
 * still reject it with its origin and raw text. Flink moves it with {@link EventSerializer}.
 */
@TypeInfo(CompactTypeInfo.ForEvent.class)
public class Event {
    public String eventId;
    public String source;
    public String type;
    /** Event time, epoch milliseconds. */
    public long occurredAt;
    public String householdId;
    public String personId;
    public String region;
    public Payload payload;

    /** The household key the engine resolved: the event's own householdId, a listing, or "person:" + id. */
    public String householdKey;
    public String topic;
    public int partition;
    public long offset;
    public String raw;

    public Event() {}

    public String dedupKey() {
        return dedupKey(source, eventId);
    }

    /** What a re-send of an event repeats: its source and its eventId. */
    public static String dedupKey(String source, String eventId) {
        return source + "/" + eventId;
    }

    @Override
    public String toString() {
        return source + "/" + eventId + " " + type + " @" + occurredAt;
    }
}
