package gx.doudi.household;

/** The latest disaster damage report. */
public class DisasterReport {
    public String disaster;
    public String houseDamage;
    public double loss;
    public int injured;
    public int died;
    public long at;
    public String eventId;

    public DisasterReport() {}
}
