package gx.doudi.household;

/** The latest rural income decline reported by agriculture. */
public class IncomeDecline {
    public double previousAnnual;
    public double currentAnnual;
    public long at;
    public String eventId;

    public IncomeDecline() {}
}
