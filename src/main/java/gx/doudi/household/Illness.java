package gx.doudi.household;

/** A diagnosis by health. */
public class Illness {
    public String personId;
    public String severity;
    public String disease;
    public long at;
    public String eventId;

    public Illness() {}
}
