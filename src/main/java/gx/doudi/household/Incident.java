package gx.doudi.household;

/** A sudden hardship: an accident with casualties, the main earner's death, a house collapse. */
public class Incident {
    public String kind;
    public String personId;
    public long at;
    public String eventId;
    public String region;

    public Incident() {}
}
