package gx.doudi.household;

import gx.doudi.event.Event;
import gx.doudi.event.EventTypes;
import gx.doudi.event.Households;
import gx.doudi.event.Member;
import gx.doudi.event.Payload;
import gx.doudi.event.PersonIds;
import gx.doudi.event.ResidentIds;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A household built the way the engine builds one: hand-made department events applied through
 * {@link HouseholdEvents#apply}. Tests read as the domain:
 * {@code HouseholdFixture.rural(3).income(21_600).category("dibao")} is a rural dibao household of three in
 * 南宁 with an assessed annual income of 21,600 yuan.
 */
public final class HouseholdFixture {
    /** 南宁市 兴宁区. */
    public static final String NANNING = "450102";
    /** 柳州市 城中区. */
    public static final String LIUZHOU = "450202";
    /** Member 0 of a registered household: the head and main earner. */
    public static final int MAIN_EARNER = 0;
    /** Member 1 (and 2, …): a child, not the main earner. */
    public static final int CHILD = 1;
    public static final long DAY = Duration.ofDays(1).toMillis();
    /** The event time tests judge at: in 2025, when Nanning's dibao standard is 950 urban / 600 rural. */
    public static final long NOW = at("2025-06-01T10:00:00+08:00");
    /** Facts are kept this long, the default set's retention. */
    public static final long RETENTION = Duration.ofDays(400).toMillis();

    private final HouseholdState state = new HouseholdState();
    private final String key;
    private final String region;
    private final List<String> members = new ArrayList<>();
    private int sequence;

    private HouseholdFixture(String key, String region) {
        this.key = key;
        this.region = region;
    }

    /** A rural household of {@code size} in 南宁, registered by civil affairs; member 0 is the head and main earner. */
    public static HouseholdFixture rural(int size) {
        return registered("rural", NANNING, size);
    }

    public static HouseholdFixture urban(int size) {
        return registered("urban", NANNING, size);
    }

    public static HouseholdFixture registered(String residence, String region, int size) {
        HouseholdFixture h = new HouseholdFixture(region + "-00012345", region);
        for (int i = 0; i < size; i++) {
            h.members.add(ResidentIds.of(region, (1980 + 10 * i) + "0101", 10 + i));
        }
        return h.register(residence, h.members, daysAgo(390));
    }

    /** A person no household lists, monitored as a household of one; region comes from the events. */
    public static HouseholdFixture unlisted(String region) {
        String person = ResidentIds.of(region, "19750505", 77);
        HouseholdFixture h = new HouseholdFixture(Households.ofPerson(person), region);
        h.members.add(person);
        return h;
    }

    /** civil affairs re-sends the registration: the newest list replaces the members. */
    public HouseholdFixture register(String residence, List<String> personIds, long at) {
        Member[] listed = new Member[personIds.size()];
        for (int i = 0; i < listed.length; i++) {
            String id = personIds.get(i);
            listed[i] = new Member(id, i == 0 ? "head" : "child", PersonIds.birthDate(id), i == 0);
        }
        Event e = event(EventTypes.HOUSEHOLD_REGISTERED, at, null, p -> {
            p.residence = residence;
            p.members = listed;
        });
        e.region = region;
        return apply(e);
    }

    public HouseholdFixture income(double annual) {
        return apply(event(EventTypes.INCOME_ASSESSED, daysAgo(30), null, p -> p.annualIncome = annual));
    }

    /** The household enters a civil-affairs category ("none" leaves). */
    public HouseholdFixture category(String category) {
        return apply(event(EventTypes.CATEGORY_CHANGED, daysAgo(60), null, p -> p.category = category));
    }

    public HouseholdFixture memberCategory(int member, String category) {
        return apply(event(EventTypes.CATEGORY_CHANGED, daysAgo(60), null, p -> {
            p.category = category;
            p.personId = member(member);
        }));
    }

    /** Agriculture includes the household in poverty-return monitoring. */
    public HouseholdFixture povertyReturn() {
        return apply(event(EventTypes.POVERTY_RETURN_INCLUDED, daysAgo(60), null, p -> p.risk = "illness"));
    }

    public HouseholdFixture expense(long at, double outOfPocket, boolean inpatient) {
        return apply(event(EventTypes.MEDICAL_EXPENSE_SETTLED, at, member(0), p -> {
            p.total = outOfPocket * 2;
            p.reimbursed = outOfPocket;
            p.outOfPocket = outOfPocket;
            p.inpatient = inpatient;
        }));
    }

    public HouseholdFixture illness(int member, String severity, long at) {
        return apply(event(EventTypes.ILLNESS_DIAGNOSED, at, member(member), p -> {
            p.severity = severity;
            p.disease = "C34.9";
        }));
    }

    public HouseholdFixture unemployed(int member, boolean insured, long since) {
        return apply(event(EventTypes.UNEMPLOYMENT_REGISTERED, since, member(member), p -> {
            p.insured = insured;
            p.seekingWork = true;
        }));
    }

    public HouseholdFixture employed(int member, long at) {
        return apply(event(EventTypes.UNEMPLOYMENT_ENDED, at, member(member), p -> p.reason = "employed"));
    }

    /** A grant (a *.granted event) to the household. */
    public HouseholdFixture granted(String type, String kind, long at) {
        return apply(event(type, at, null, p -> {
            p.kind = kind;
            p.amount = 1000.0;
        }));
    }

    /** A grant (a *.granted event) to one member. */
    public HouseholdFixture grantedTo(int member, String type, String kind, long at) {
        return apply(event(type, at, member(member), p -> {
            p.kind = kind;
            p.amount = 1000.0;
        }));
    }

    public HouseholdFixture housing(String condition, boolean onlyHouse, int seismicIntensity, boolean compliant, long at) {
        return apply(event(EventTypes.HOUSING_ASSESSED, at, null, p -> {
            p.condition = condition;
            p.onlyHouse = onlyHouse;
            p.seismicIntensity = seismicIntensity;
            p.seismicCompliant = compliant;
        }));
    }

    public HouseholdFixture disaster(String houseDamage, double loss, long at) {
        return apply(event(EventTypes.DISASTER_DAMAGE_REPORTED, at, null, p -> {
            p.disaster = "flood";
            p.houseDamage = houseDamage;
            p.loss = loss;
            p.injured = 0;
            p.died = 0;
        }));
    }

    public HouseholdFixture accident(int member, int injured, int died, long at) {
        Event e = event(EventTypes.ACCIDENT_REPORTED, at, member(member), p -> {
            p.kind = "traffic";
            p.injured = injured;
            p.died = died;
        });
        e.region = region;
        return apply(e);
    }

    public HouseholdFixture died(int member, long at) {
        return apply(event(EventTypes.MEMBER_DIED, at, null, p -> p.personId = member(member)));
    }

    public HouseholdFixture incomeDeclined(double previousAnnual, double currentAnnual, long at) {
        return apply(event(EventTypes.RURAL_INCOME_DECLINED, at, null, p -> {
            p.previousAnnual = previousAnnual;
            p.currentAnnual = currentAnnual;
        }));
    }

    public HouseholdFixture hardship(String level, long at) {
        return apply(event(EventTypes.WORKER_HARDSHIP_REGISTERED, at, member(0), p -> p.level = level));
    }

    /** Applies one event as the household monitor does, addressed to this household. */
    public HouseholdFixture apply(Event e) {
        e.householdKey = key;
        if (e.region == null && Households.isHouseholdOfOne(key)) {
            e.region = region;
        }
        HouseholdEvents.apply(state, e, RETENTION);
        return this;
    }

    /** A department event of this type; its source is the department that sends the type. */
    public Event event(String type, long at, String personId, Consumer<Payload> payload) {
        Event e = new Event();
        e.eventId = "t-" + ++sequence;
        String owner = EventTypes.sourceOf(type);
        e.source = EventTypes.ANY_SOURCE.equals(owner) ? "civil-affairs" : owner;
        e.type = type;
        e.occurredAt = at;
        e.householdId = Households.isHouseholdOfOne(key) ? null : key;
        e.personId = personId;
        e.payload = new Payload();
        payload.accept(e.payload);
        return e;
    }

    /** Full resident id of member {@code i} (0 is the head and main earner). */
    public String member(int i) {
        return members.get(i);
    }

    public List<String> members() {
        return List.copyOf(members);
    }

    public HouseholdState state() {
        return state;
    }

    public Household household() {
        return new Household(state);
    }

    public static long daysAgo(double days) {
        return NOW - Math.round(days * DAY);
    }

    public static long at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant().toEpochMilli();
    }
}
