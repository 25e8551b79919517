package gx.doudi.household;

/** An open registered-unemployment spell. */
public class UnemploymentSpell {
    public String personId;
    public boolean insured;
    public long since;
    public String eventId;

    public UnemploymentSpell() {}
}
