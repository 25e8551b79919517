package gx.doudi.generate;

import gx.doudi.event.Departments;
import gx.doudi.event.EventTypes;
import gx.doudi.generate.Population.Home;
import gx.doudi.generate.Population.Person;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The day-to-day mix of the ten departments' events, with realistic payloads. */
final class EventMix {
    private static final Object[][] WEIGHTS = {
        {EventTypes.MEDICAL_EXPENSE_SETTLED, 22}, {EventTypes.INCOME_ASSESSED, 7}, {EventTypes.ILLNESS_DIAGNOSED, 5},
        {EventTypes.UNEMPLOYMENT_REGISTERED, 6}, {EventTypes.UNEMPLOYMENT_ENDED, 3}, {EventTypes.EMPLOYMENT_ASSISTANCE_GRANTED, 2},
        {EventTypes.STUDENT_ENROLLED, 6}, {EventTypes.STUDENT_LEFT, 1}, {EventTypes.STUDENT_AID_GRANTED, 4},
        {EventTypes.HOUSING_ASSESSED, 4}, {EventTypes.HOUSING_ASSISTANCE_GRANTED, 1}, {EventTypes.DISASTER_DAMAGE_REPORTED, 2},
        {EventTypes.ACCIDENT_REPORTED, 1}, {EventTypes.DISASTER_RELIEF_GRANTED, 1}, {EventTypes.POVERTY_RETURN_INCLUDED, 1},
        {EventTypes.RURAL_INCOME_DECLINED, 2}, {EventTypes.WORKER_HARDSHIP_REGISTERED, 2}, {EventTypes.DISABILITY_CERTIFIED, 2},
        {EventTypes.DISABILITY_SUBSIDY_GRANTED, 1}, {EventTypes.CATEGORY_CHANGED, 3}, {EventTypes.TEMPORARY_ASSISTANCE_GRANTED, 1},
        {EventTypes.INSURANCE_SUBSIDY_GRANTED, 3}, {EventTypes.MEDICAL_ASSISTANCE_GRANTED, 2}, {EventTypes.MEMBER_DIED, 1},
    };
    private static final Map<String, String> PREFIX = Map.of(Departments.CIVIL_AFFAIRS, "ca", Departments.EDUCATION, "edu",
            Departments.HUMAN_RESOURCES, "hr", Departments.HOUSING, "hs", Departments.AGRICULTURE, "ag",
            Departments.HEALTH, "he", Departments.EMERGENCY, "em", Departments.MEDICAL_SECURITY, "ms",
            Departments.TRADE_UNION, "tu", Departments.DISABILITY, "dis");

    private final Random random;
    private final Map<String, Long> sequence = new LinkedHashMap<>();
    private final int totalWeight;

    EventMix(Random random) {
        this.random = random;
        int total = 0;
        for (Object[] w : WEIGHTS) {
            total += (Integer) w[1];
        }
        this.totalWeight = total;
    }

    String randomType() {
        int pick = random.nextInt(totalWeight);
        for (Object[] w : WEIGHTS) {
            pick -= (Integer) w[1];
            if (pick < 0) {
                return (String) w[0];
            }
        }
        return EventTypes.MEDICAL_EXPENSE_SETTLED;
    }

    /** An envelope (contract §3) as a map, ready to be written as JSON. */
    Map<String, Object> envelope(String type, Home home, Person person, String at, Map<String, Object> payload) {
        String source = EventTypes.sourceOf(type);
        Map<String, Object> e = new LinkedHashMap<>();
        long n = sequence.merge(source, 1L, Long::sum);
        e.put("eventId", PREFIX.get(source) + "-" + at.substring(0, 4) + "-" + String.format("%07d", n));
        e.put("source", source);
        e.put("type", type);
        e.put("occurredAt", at);
        boolean personOnly = person != null && random.nextDouble() < 0.7;
        if (home != null && !personOnly) {
            e.put("householdId", home.id());
        }
        if (person != null) {
            e.put("personId", person.id());
        }
        if (home == null || !personOnly || random.nextDouble() < 0.5) {
            e.put("region", home != null ? home.region() : person.id().substring(0, 6));
        }
        e.put("payload", payload);
        return e;
    }

    /** A payload for the type, about this household; the person concerned, if any, goes in {@code who}. */
    Map<String, Object> payload(String type, Home home, Person[] who) {
        Map<String, Object> p = new LinkedHashMap<>();
        Person person = home.any(random);
        switch (type) {
            case EventTypes.MEDICAL_EXPENSE_SETTLED -> {
                double oop = Math.round(Math.exp(7.2 + random.nextGaussian() * 1.2));
                boolean inpatient = random.nextDouble() < 0.3;
                double total = Math.round(oop / (0.25 + random.nextDouble() * 0.5));
                p.put("total", total);
                p.put("reimbursed", total - oop);
                p.put("outOfPocket", oop);
                p.put("inpatient", inpatient);
                who[0] = person;
            }
            case EventTypes.INCOME_ASSESSED -> p.put("annualIncome",
                    Math.round(home.pcMonthlyIncome() * 12 * home.members().size() * (0.7 + random.nextDouble() * 0.5)));
            case EventTypes.ILLNESS_DIAGNOSED -> {
                double r = random.nextDouble();
                p.put("severity", r < 0.15 ? "critical" : r < 0.5 ? "major" : "chronic");
                p.put("disease", List.of("C34.9", "I63.9", "N18.5", "E11.9", "C50.9", "I21.9").get(random.nextInt(6)));
                who[0] = person;
            }
            case EventTypes.UNEMPLOYMENT_REGISTERED -> {
                who[0] = random.nextDouble() < 0.5 ? home.earner() : person;
                p.put("insured", random.nextDouble() < 0.35);
                p.put("seekingWork", random.nextDouble() < 0.8);
            }
            case EventTypes.UNEMPLOYMENT_ENDED -> {
                who[0] = person;
                p.put("reason", random.nextDouble() < 0.8 ? "employed" : "other");
            }
            case EventTypes.EMPLOYMENT_ASSISTANCE_GRANTED -> {
                who[0] = person;
                p.put("kind", List.of("job-referral", "training", "public-welfare-post", "subsidy").get(random.nextInt(4)));
            }
            case EventTypes.STUDENT_ENROLLED -> {
                who[0] = person;
                p.put("stage", List.of("primary", "junior", "senior", "vocational", "higher").get(random.nextInt(5)));
            }
            case EventTypes.STUDENT_LEFT -> {
                who[0] = person;
                p.put("reason", random.nextDouble() < 0.8 ? "graduated" : random.nextDouble() < 0.5 ? "dropped-out" : "transferred");
            }
            case EventTypes.STUDENT_AID_GRANTED -> {
                who[0] = person;
                p.put("kind", List.of("fee-waiver", "grant", "living-subsidy", "loan", "work-study").get(random.nextInt(5)));
                p.put("amount", 500 + random.nextInt(8) * 250);
            }
            case EventTypes.HOUSING_ASSESSED -> {
                double r = random.nextDouble();
                p.put("condition", r < 0.7 ? "safe" : r < 0.85 ? "dilapidated-c" : r < 0.95 ? "dilapidated-d" : "none");
                p.put("onlyHouse", random.nextDouble() < 0.8);
                p.put("seismicIntensity", 5 + random.nextInt(4));
                p.put("seismicCompliant", random.nextDouble() < 0.7);
            }
            case EventTypes.HOUSING_ASSISTANCE_GRANTED ->
                    p.put("kind", List.of("public-rental", "rent-subsidy", "renovation", "rebuild").get(random.nextInt(4)));
            case EventTypes.DISASTER_DAMAGE_REPORTED -> {
                double r = random.nextDouble();
                p.put("disaster", List.of("flood", "typhoon", "landslide", "drought", "fire").get(random.nextInt(5)));
                p.put("houseDamage", r < 0.4 ? "none" : r < 0.75 ? "minor" : r < 0.93 ? "severe" : "collapsed");
                p.put("loss", Math.round(Math.exp(8.5 + random.nextGaussian())));
                p.put("injured", random.nextDouble() < 0.1 ? 1 : 0);
                p.put("died", 0);
            }
            case EventTypes.ACCIDENT_REPORTED -> {
                who[0] = person;
                p.put("kind", List.of("traffic", "fire", "workplace", "drowning").get(random.nextInt(4)));
                p.put("injured", random.nextDouble() < 0.6 ? 1 : 0);
                p.put("died", random.nextDouble() < 0.1 ? 1 : 0);
            }
            case EventTypes.DISASTER_RELIEF_GRANTED, EventTypes.TEMPORARY_ASSISTANCE_GRANTED, EventTypes.MEDICAL_ASSISTANCE_GRANTED ->
                    p.put("amount", 500 + random.nextInt(20) * 250);
            case EventTypes.POVERTY_RETURN_INCLUDED ->
                    p.put("risk", List.of("illness", "disaster", "accident", "employment", "labour").get(random.nextInt(5)));
            case EventTypes.RURAL_INCOME_DECLINED -> {
                double previous = Math.round(home.pcMonthlyIncome() * 12 * home.members().size());
                p.put("previousAnnual", previous);
                p.put("currentAnnual", Math.round(previous * (0.4 + random.nextDouble() * 0.5)));
            }
            case EventTypes.WORKER_HARDSHIP_REGISTERED -> p.put("level", random.nextDouble() < 0.7 ? "hardship" : "deep-hardship");
            case EventTypes.DISABILITY_CERTIFIED -> {
                who[0] = person;
                p.put("grade", 1 + random.nextInt(4));
                p.put("kind", List.of("visual", "hearing", "physical", "intellectual", "mental").get(random.nextInt(5)));
            }
            case EventTypes.DISABILITY_SUBSIDY_GRANTED -> {
                who[0] = person;
                p.put("kind", random.nextDouble() < 0.6 ? "living" : "care");
            }
            case EventTypes.CATEGORY_CHANGED -> {
                double r = random.nextDouble();
                p.put("category", r < 0.35 ? "dibao" : r < 0.6 ? "marginal" : r < 0.7 ? "rigid-expense" : "none");
            }
            case EventTypes.INSURANCE_SUBSIDY_GRANTED -> {
                who[0] = person;
                p.put("year", 2025);
            }
            case EventTypes.MEMBER_DIED -> p.put("personId", person.id());
            default -> throw new IllegalArgumentException("no payload for " + type);
        }
        return p;
    }
}
