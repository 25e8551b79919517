package gx.doudi.household;

/** A student of the household; leftAt is 0 while enrolled. */
public class Student {
    public String personId;
    public String stage;
    public long enrolledAt;
    public long leftAt;
    public String leftReason;

    public Student() {}
}
