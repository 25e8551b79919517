package gx.doudi.household;

/** A member of a household, as civil affairs lists it. */
public class HouseholdMember {
    public String personId;
    public String relation;
    public String birthDate;
    public boolean mainEarner;
    public boolean died;

    public HouseholdMember() {}
}
