package gx.doudi.event;

/** What a source yields for each record it reads: a valid event, or its rejection. Never both. */
public class Parsed {
    public Event event;
    public Rejected rejected;

    public Parsed() {}

    public static Parsed of(RawRecord record, long nowMillis) {
        EventParser.Result result = EventParser.parse(record, nowMillis);
        Parsed p = new Parsed();
        if (result.ok()) {
            p.event = result.event();
        } else {
            p.rejected = Rejected.of(record, result.reason());
        }
        return p;
    }
}
