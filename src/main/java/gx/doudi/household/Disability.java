package gx.doudi.household;

/** A disability certification. */
public class Disability {
    public String personId;
    public int grade;
    public String kind;
    public long at;

    public Disability() {}
}
