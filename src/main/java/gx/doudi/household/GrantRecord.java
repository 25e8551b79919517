package gx.doudi.household;

/** An assistance grant (a *.granted event): type and kind say which assistance. */
public class GrantRecord {
    public String type;
    public String kind;
    public String personId;
    public long at;
    public double amount;
    public String eventId;

    public GrantRecord() {}
}
