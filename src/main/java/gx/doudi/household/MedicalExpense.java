package gx.doudi.household;

/** One medical settlement, kept for the 12-month rolling window. */
public class MedicalExpense {
    public long at;
    public double outOfPocket;
    public boolean inpatient;
    public String eventId;

    public MedicalExpense() {}
}
