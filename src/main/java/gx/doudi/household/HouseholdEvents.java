package gx.doudi.household;

import gx.doudi.event.Event;
import gx.doudi.event.EventTypes;
import gx.doudi.event.Households;
import gx.doudi.event.Member;
import gx.doudi.event.Payload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How each event type changes a household's state (contract §4). Plain Java. */
public final class HouseholdEvents {
    static final String POVERTY_RETURN = "poverty-return";
    private static final Set<Fact> GRANT = Set.of(Fact.GRANTS);
    private static final Map<String, Set<Fact>> CHANGES = Map.ofEntries(
            Map.entry(EventTypes.HOUSEHOLD_REGISTERED, Set.of(Fact.PROFILE, Fact.STANDARD)),
            Map.entry(EventTypes.INCOME_ASSESSED, Set.of(Fact.PROFILE)),
            Map.entry(EventTypes.CATEGORY_CHANGED, Set.of(Fact.PROFILE)),
            Map.entry(EventTypes.POVERTY_RETURN_INCLUDED, Set.of(Fact.PROFILE)),
            Map.entry(EventTypes.POVERTY_RETURN_REMOVED, Set.of(Fact.PROFILE)),
            Map.entry(EventTypes.MEMBER_DIED, Set.of(Fact.PROFILE, Fact.INCIDENTS, Fact.UNEMPLOYMENT)),
            Map.entry(EventTypes.UNEMPLOYMENT_REGISTERED, Set.of(Fact.UNEMPLOYMENT)),
            Map.entry(EventTypes.UNEMPLOYMENT_ENDED, Set.of(Fact.UNEMPLOYMENT)),
            Map.entry(EventTypes.ILLNESS_DIAGNOSED, Set.of(Fact.ILLNESS)),
            Map.entry(EventTypes.MEDICAL_EXPENSE_SETTLED, Set.of(Fact.MEDICAL)),
            Map.entry(EventTypes.STUDENT_ENROLLED, Set.of(Fact.STUDENTS)),
            Map.entry(EventTypes.STUDENT_LEFT, Set.of(Fact.STUDENTS)),
            Map.entry(EventTypes.HOUSING_ASSESSED, Set.of(Fact.HOUSING)),
            Map.entry(EventTypes.DISASTER_DAMAGE_REPORTED, Set.of(Fact.DISASTER, Fact.INCIDENTS)),
            Map.entry(EventTypes.ACCIDENT_REPORTED, Set.of(Fact.INCIDENTS)),
            Map.entry(EventTypes.RURAL_INCOME_DECLINED, Set.of(Fact.INCOME_DECLINE)),
            Map.entry(EventTypes.WORKER_HARDSHIP_REGISTERED, Set.of(Fact.HARDSHIP)),
            Map.entry(EventTypes.DISABILITY_CERTIFIED, Set.of(Fact.DISABILITY)),
            Map.entry(EventTypes.ASSISTANCE_RESULT, Fact.JUDGING));

    private HouseholdEvents() {}

    /**
     * What an event of this type changes, besides the region of a household of one (which follows its
     * events); an unknown type changes everything. Answers change referrals and alerts.
     */
    public static Set<Fact> changes(String type) {
        Set<Fact> changed = CHANGES.get(type);
        return changed != null ? changed : EventTypes.isGrant(type) ? GRANT : Fact.ALL;
    }

    /** Applies the event, then drops facts older than {@code retentionMillis} before the event. */
    public static void apply(HouseholdState s, Event e, long retentionMillis) {
        if (s.householdId == null) {
            s.householdId = e.householdKey;
        }
        if (e.region != null && (s.region == null || !s.listed)) {
            // a household of one is monitored where its latest event happened (INDICATORS.md, sudden-hardship)
            s.region = e.region;
        }
        Payload p = e.payload;
        String person = e.personId != null ? e.personId : p.personId;
        long at = e.occurredAt;
        switch (e.type) {
            case EventTypes.HOUSEHOLD_REGISTERED -> register(s, e);
            case EventTypes.INCOME_ASSESSED -> {
                s.annualIncome = p.annualIncome;
                s.incomeAssessedAt = at;
            }
            case EventTypes.CATEGORY_CHANGED -> changeCategory(s, p.category, p.personId != null ? p.personId : e.personId, at);
            case EventTypes.POVERTY_RETURN_INCLUDED -> {
                s.categories.removeIf(c -> c.category.equals(POVERTY_RETURN));
                s.categories.add(category(POVERTY_RETURN, null, at));
            }
            case EventTypes.POVERTY_RETURN_REMOVED -> s.categories.removeIf(c -> c.category.equals(POVERTY_RETURN));
            case EventTypes.MEMBER_DIED -> memberDied(s, p.personId, e);
            case EventTypes.UNEMPLOYMENT_REGISTERED -> {
                s.unemployment.removeIf(u -> same(u.personId, person));
                UnemploymentSpell u = new UnemploymentSpell();
                u.personId = person;
                u.insured = p.insured;
                u.since = at;
                u.eventId = e.eventId;
                s.unemployment.add(u);
            }
            case EventTypes.UNEMPLOYMENT_ENDED -> s.unemployment.removeIf(u -> person == null || same(u.personId, person));
            case EventTypes.ILLNESS_DIAGNOSED -> {
                Illness i = new Illness();
                i.personId = person;
                i.severity = p.severity;
                i.disease = p.disease;
                i.at = at;
                i.eventId = e.eventId;
                s.illnesses.add(i);
            }
            case EventTypes.MEDICAL_EXPENSE_SETTLED -> {
                MedicalExpense m = new MedicalExpense();
                m.at = at;
                m.outOfPocket = p.outOfPocket;
                m.inpatient = p.inpatient;
                m.eventId = e.eventId;
                s.medical.add(m);
            }
            case EventTypes.STUDENT_ENROLLED -> {
                s.students.removeIf(st -> same(st.personId, person));
                Student st = new Student();
                st.personId = person;
                st.stage = p.stage;
                st.enrolledAt = at;
                s.students.add(st);
            }
            case EventTypes.STUDENT_LEFT -> {
                for (Student st : s.students) {
                    if (same(st.personId, person) && st.leftAt == 0) {
                        st.leftAt = at;
                        st.leftReason = p.reason;
                    }
                }
            }
            case EventTypes.HOUSING_ASSESSED -> {
                HousingAssessment h = new HousingAssessment();
                h.condition = p.condition;
                h.onlyHouse = p.onlyHouse;
                h.seismicIntensity = p.seismicIntensity;
                h.seismicCompliant = p.seismicCompliant;
                h.at = at;
                h.eventId = e.eventId;
                s.housing = h;
            }
            case EventTypes.DISASTER_DAMAGE_REPORTED -> {
                DisasterReport d = new DisasterReport();
                d.disaster = p.disaster;
                d.houseDamage = p.houseDamage;
                d.loss = p.loss;
                d.injured = p.injured;
                d.died = p.died;
                d.at = at;
                d.eventId = e.eventId;
                s.disaster = d;
                if ("collapsed".equals(p.houseDamage)) {
                    s.incidents.add(incident("house-collapsed", person, e));
                }
            }
            case EventTypes.ACCIDENT_REPORTED -> {
                if (p.injured > 0 || p.died > 0) {
                    s.incidents.add(incident("accident", person, e));
                }
            }
            case EventTypes.RURAL_INCOME_DECLINED -> {
                IncomeDecline d = new IncomeDecline();
                d.previousAnnual = p.previousAnnual;
                d.currentAnnual = p.currentAnnual;
                d.at = at;
                d.eventId = e.eventId;
                s.incomeDecline = d;
            }
            case EventTypes.WORKER_HARDSHIP_REGISTERED -> {
                HardshipRegistration r = new HardshipRegistration();
                r.level = p.level;
                r.at = at;
                r.eventId = e.eventId;
                s.hardship = r;
            }
            case EventTypes.DISABILITY_CERTIFIED -> {
                s.disabilities.removeIf(d -> same(d.personId, person));
                Disability d = new Disability();
                d.personId = person;
                d.grade = p.grade;
                d.kind = p.kind;
                d.at = at;
                s.disabilities.add(d);
            }
            default -> {
                if (EventTypes.isGrant(e.type)) {
                    GrantRecord g = new GrantRecord();
                    g.type = e.type;
                    g.kind = p.kind != null ? p.kind : p.year != null ? String.valueOf(p.year) : null;
                    g.personId = person;
                    g.at = at;
                    g.amount = p.amount == null ? 0 : p.amount;
                    g.eventId = e.eventId;
                    s.grants.add(g);
                }
            }
        }
        s.lastEventAt = Math.max(s.lastEventAt, at);
        prune(s, at - retentionMillis);
    }

    private static void register(HouseholdState s, Event e) {
        List<HouseholdMember> members = new ArrayList<>();
        for (Member m : e.payload.members) {
            HouseholdMember hm = new HouseholdMember();
            hm.personId = m.personId;
            hm.relation = m.relation;
            hm.birthDate = m.birthDate;
            hm.mainEarner = m.mainEarner;
            for (HouseholdMember old : s.members) {
                if (old.personId.equals(m.personId)) {
                    hm.died = old.died;
                }
            }
            members.add(hm);
        }
        s.members = members;
        s.residence = e.payload.residence;
        s.region = e.region;
        s.listed = true;
    }

    /** "none" leaves the category: the person's entries, or with no person every civil-affairs entry. */
    private static void changeCategory(HouseholdState s, String category, String personId, long at) {
        s.categories.removeIf(c -> !c.category.equals(POVERTY_RETURN) && same(c.personId, personId));
        if (personId == null) {
            s.categories.removeIf(c -> !c.category.equals(POVERTY_RETURN));
        }
        if (!"none".equals(category)) {
            s.categories.add(category(category, personId, at));
        }
    }

    private static void memberDied(HouseholdState s, String personId, Event e) {
        for (HouseholdMember m : s.members) {
            if (m.personId.equals(personId) && !m.died) {
                m.died = true;
                if (m.mainEarner) {
                    s.incidents.add(incident("earner-died", personId, e));
                }
            }
        }
        s.unemployment.removeIf(u -> same(u.personId, personId));
        s.categories.removeIf(c -> personId.equals(c.personId));
    }

    /** Drops the facts that happened at or before {@code before}: no window reaches them any more. */
    public static void prune(HouseholdState s, long before) {
        s.medical.removeIf(m -> m.at <= before);
        s.illnesses.removeIf(i -> i.at <= before);
        s.grants.removeIf(g -> g.at <= before);
        s.incidents.removeIf(i -> i.at <= before);
        s.students.removeIf(st -> st.leftAt != 0 && st.leftAt <= before);
        if (s.disaster != null && s.disaster.at <= before) {
            s.disaster = null;
        }
        if (s.incomeDecline != null && s.incomeDecline.at <= before) {
            s.incomeDecline = null;
        }
        if (s.hardship != null && s.hardship.at <= before) {
            s.hardship = null;
        }
    }

    private static CategoryEntry category(String category, String personId, long at) {
        CategoryEntry c = new CategoryEntry();
        c.category = category;
        c.personId = personId;
        c.since = at;
        return c;
    }

    private static Incident incident(String kind, String personId, Event e) {
        Incident i = new Incident();
        i.kind = kind;
        i.personId = personId;
        i.at = e.occurredAt;
        i.eventId = e.eventId;
        i.region = e.region;
        return i;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** When the oldest fact that {@link #prune} would drop reaches the end of the retention. */
    public static long nextExpiry(HouseholdState s, long retentionMillis) {
        long oldest = Long.MAX_VALUE;
        for (MedicalExpense m : s.medical) {
            oldest = Math.min(oldest, m.at);
        }
        for (Illness i : s.illnesses) {
            oldest = Math.min(oldest, i.at);
        }
        for (GrantRecord g : s.grants) {
            oldest = Math.min(oldest, g.at);
        }
        for (Incident i : s.incidents) {
            oldest = Math.min(oldest, i.at);
        }
        for (Student st : s.students) {
            if (st.leftAt != 0) {
                oldest = Math.min(oldest, st.leftAt);
            }
        }
        for (long at : new long[] {s.disaster == null ? Long.MAX_VALUE : s.disaster.at,
                s.incomeDecline == null ? Long.MAX_VALUE : s.incomeDecline.at,
                s.hardship == null ? Long.MAX_VALUE : s.hardship.at}) {
            oldest = Math.min(oldest, at);
        }
        return oldest == Long.MAX_VALUE ? Long.MAX_VALUE : oldest + retentionMillis;
    }

    /** True when a household of one no longer needs its state: nothing open, nothing in any window. */
    public static boolean isEmpty(HouseholdState s) {
        return Households.isHouseholdOfOne(s.householdId) && s.openAlerts.isEmpty() && s.medical.isEmpty()
                && s.illnesses.isEmpty() && s.unemployment.isEmpty() && s.grants.isEmpty() && s.incidents.isEmpty()
                && s.students.isEmpty() && s.disabilities.isEmpty() && s.housing == null && s.disaster == null
                && s.incomeDecline == null && s.hardship == null && s.categories.isEmpty() && s.annualIncome == null;
    }
}
