package gx.doudi.household;

/** The latest trade-union hardship registration. */
public class HardshipRegistration {
    public String level;
    public long at;
    public String eventId;

    public HardshipRegistration() {}
}
