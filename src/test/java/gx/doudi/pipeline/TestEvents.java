package gx.doudi.pipeline;

import gx.doudi.event.Event;
import gx.doudi.event.EventParser;
import gx.doudi.event.PersonIds;
import gx.doudi.event.RawRecord;
import gx.doudi.event.Times;

/** Events for tests, written as departments write them and parsed by the engine's own parser. */
public final class TestEvents {
    private TestEvents() {}

    /** A valid resident id: the first 17 characters and the right check character. */
    public static String person(String first17) {
        return first17 + PersonIds.checkChar(first17);
    }

    public static long at(String iso) {
        return Times.parse(iso);
    }

    public static String iso(long epochMillis) {
        return Times.iso(epochMillis);
    }

    /** Parses one envelope, as the source would, and fails the test on a rejection. */
    public static Event event(String json) {
        EventParser.Result r = EventParser.parse(new RawRecord("test", 0, 0, json), System.currentTimeMillis());
        if (!r.ok()) {
            throw new IllegalArgumentException(r.reason() + ": " + json);
        }
        return r.event();
    }

    /** The same event as the engine sees it once its household is known. */
    public static Event keyed(String json, String householdKey) {
        Event e = event(json);
        e.householdKey = householdKey;
        return e;
    }

    public static String accident(String eventId, String personId, String occurredAt, int injured) {
        return """
                {"eventId":"%s","source":"emergency","type":"accident.reported","occurredAt":"%s",
                 "personId":"%s","region":"450102","payload":{"kind":"traffic","injured":%d,"died":0}}"""
                .formatted(eventId, occurredAt, personId, injured);
    }
}
