package gx.doudi.household;

/** The latest housing assessment. */
public class HousingAssessment {
    public String condition;
    public boolean onlyHouse;
    public int seismicIntensity;
    public boolean seismicCompliant;
    public long at;
    public String eventId;

    public HousingAssessment() {}
}
