package gx.doudi.event;

/** A member listed by civil affairs in {@code household.registered}. */
public class Member {
    public String personId;
    public String relation;
    public String birthDate;
    public boolean mainEarner;

    public Member() {}

    public Member(String personId, String relation, String birthDate, boolean mainEarner) {
        this.personId = personId;
        this.relation = relation;
        this.birthDate = birthDate;
        this.mainEarner = mainEarner;
    }
}
