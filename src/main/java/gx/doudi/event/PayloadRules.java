package gx.doudi.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

/** Required payload fields and sane values per event type (contract §4). Returns a reason or null. */
final class PayloadRules {
    private static final Set<String> RESIDENCES = Set.of("urban", "rural");
    private static final Set<String> RELATIONS = Set.of("head", "spouse", "child", "parent", "sibling", "other");
    private static final Set<String> CATEGORIES = Set.of("dibao", "destitute", "marginal", "rigid-expense", "other", "none");
    private static final Set<String> END_REASONS = Set.of("employed", "other");
    private static final Set<String> EMPLOYMENT_KINDS = Set.of("job-referral", "training", "public-welfare-post", "subsidy");
    private static final Set<String> SEVERITIES = Set.of("major", "critical", "chronic");
    private static final Set<String> STAGES = Set.of("preschool", "primary", "junior", "senior", "vocational", "higher");
    private static final Set<String> LEFT_REASONS = Set.of("graduated", "dropped-out", "transferred");
    private static final Set<String> AID_KINDS = Set.of("fee-waiver", "grant", "living-subsidy", "loan", "work-study");
    private static final Set<String> CONDITIONS = Set.of("safe", "dilapidated-c", "dilapidated-d", "none");
    private static final Set<String> HOUSING_KINDS = Set.of("public-rental", "rent-subsidy", "renovation", "rebuild");
    private static final Set<String> DISASTERS = Set.of("flood", "typhoon", "earthquake", "landslide", "drought", "fire", "other");
    private static final Set<String> DAMAGES = Set.of("none", "minor", "severe", "collapsed");
    private static final Set<String> RISKS = Set.of("illness", "education", "disability", "disaster", "accident",
            "industry", "employment", "labour");
    private static final Set<String> HARDSHIP_LEVELS = Set.of("hardship", "deep-hardship");
    private static final Set<String> DISABILITY_KINDS = Set.of("visual", "hearing", "speech", "physical",
            "intellectual", "mental", "multiple");
    private static final Set<String> SUBSIDY_KINDS = Set.of("living", "care");
    private static final Set<String> OUTCOMES = Set.of("granted", "rejected", "not-eligible", "in-progress");
    private static final double MAX_MONEY = 1e9;

    private PayloadRules() {}

    static String check(String type, Payload p) {
        if (p == null) {
            p = new Payload();
        }
        return switch (type) {
            case EventTypes.HOUSEHOLD_REGISTERED -> firstOf(oneOf("residence", p.residence, RESIDENCES), members(p.members));
            case EventTypes.INCOME_ASSESSED -> money("annualIncome", p.annualIncome, true);
            case EventTypes.CATEGORY_CHANGED -> firstOf(oneOf("category", p.category, CATEGORIES), optionalPerson("personId", p.personId));
            case EventTypes.MEMBER_DIED -> person("personId", p.personId);
            case EventTypes.TEMPORARY_ASSISTANCE_GRANTED,
                 EventTypes.MEDICAL_ASSISTANCE_GRANTED,
                 EventTypes.DISASTER_RELIEF_GRANTED -> money("amount", p.amount, true);
            case EventTypes.UNEMPLOYMENT_REGISTERED -> firstOf(required("insured", p.insured), required("seekingWork", p.seekingWork));
            case EventTypes.UNEMPLOYMENT_ENDED -> oneOf("reason", p.reason, END_REASONS);
            case EventTypes.EMPLOYMENT_ASSISTANCE_GRANTED -> oneOf("kind", p.kind, EMPLOYMENT_KINDS);
            case EventTypes.ILLNESS_DIAGNOSED -> firstOf(oneOf("severity", p.severity, SEVERITIES), text("disease", p.disease));
            case EventTypes.MEDICAL_EXPENSE_SETTLED -> firstOf(money("total", p.total, true),
                    money("reimbursed", p.reimbursed, true), money("outOfPocket", p.outOfPocket, true),
                    required("inpatient", p.inpatient), expenseAddsUp(p));
            case EventTypes.INSURANCE_SUBSIDY_GRANTED -> range("year", p.year, 2000, 2100);
            case EventTypes.STUDENT_ENROLLED -> oneOf("stage", p.stage, STAGES);
            case EventTypes.STUDENT_LEFT -> oneOf("reason", p.reason, LEFT_REASONS);
            case EventTypes.STUDENT_AID_GRANTED -> firstOf(oneOf("kind", p.kind, AID_KINDS), money("amount", p.amount, false));
            case EventTypes.HOUSING_ASSESSED -> firstOf(oneOf("condition", p.condition, CONDITIONS),
                    required("onlyHouse", p.onlyHouse), range("seismicIntensity", p.seismicIntensity, 0, 12),
                    required("seismicCompliant", p.seismicCompliant));
            case EventTypes.HOUSING_ASSISTANCE_GRANTED -> oneOf("kind", p.kind, HOUSING_KINDS);
            case EventTypes.DISASTER_DAMAGE_REPORTED -> firstOf(oneOf("disaster", p.disaster, DISASTERS),
                    oneOf("houseDamage", p.houseDamage, DAMAGES), money("loss", p.loss, true),
                    range("injured", p.injured, 0, 100_000), range("died", p.died, 0, 100_000));
            case EventTypes.ACCIDENT_REPORTED -> firstOf(text("kind", p.kind),
                    range("injured", p.injured, 0, 100_000), range("died", p.died, 0, 100_000));
            case EventTypes.POVERTY_RETURN_INCLUDED -> oneOf("risk", p.risk, RISKS);
            case EventTypes.POVERTY_RETURN_REMOVED -> null;
            case EventTypes.RURAL_INCOME_DECLINED -> firstOf(money("previousAnnual", p.previousAnnual, true),
                    money("currentAnnual", p.currentAnnual, true));
            case EventTypes.WORKER_HARDSHIP_REGISTERED -> oneOf("level", p.level, HARDSHIP_LEVELS);
            case EventTypes.DISABILITY_CERTIFIED -> firstOf(range("grade", p.grade, 1, 4), oneOf("kind", p.kind, DISABILITY_KINDS));
            case EventTypes.DISABILITY_SUBSIDY_GRANTED -> oneOf("kind", p.kind, SUBSIDY_KINDS);
            case EventTypes.ASSISTANCE_RESULT -> firstOf(text("referralId", p.referralId),
                    oneOf("outcome", p.outcome, OUTCOMES), money("amount", p.amount, false));
            default -> "unknown type: " + type;
        };
    }

    private static String firstOf(String... problems) {
        for (String problem : problems) {
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String required(String field, Object value) {
        return value == null ? "missing field: payload." + field : null;
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return "missing field: payload." + field;
        }
        return value.length() > 256 ? "invalid payload." + field + ": longer than 256 characters" : null;
    }

    private static String oneOf(String field, String value, Set<String> allowed) {
        if (value == null) {
            return "missing field: payload." + field;
        }
        return allowed.contains(value) ? null : "invalid payload." + field + ": " + value;
    }

    private static String money(String field, Double value, boolean required) {
        if (value == null) {
            return required ? "missing field: payload." + field : null;
        }
        if (value.isNaN() || value < 0) {
            return "invalid payload." + field + ": negative amount " + value;
        }
        return value > MAX_MONEY ? "invalid payload." + field + ": absurd amount " + value : null;
    }

    private static String range(String field, Integer value, int min, int max) {
        if (value == null) {
            return "missing field: payload." + field;
        }
        return value < min || value > max ? "invalid payload." + field + ": " + value + " not in " + min + ".." + max : null;
    }

    private static String person(String field, String personId) {
        if (personId == null) {
            return "missing field: payload." + field;
        }
        return optionalPerson(field, personId);
    }

    private static String optionalPerson(String field, String personId) {
        return personId == null || PersonIds.isValid(personId) ? null
                : "invalid payload." + field + ": check digit or birth date wrong";
    }

    private static String expenseAddsUp(Payload p) {
        return p.outOfPocket > p.total + 0.01 || p.reimbursed > p.total + 0.01
                ? "invalid payload: outOfPocket and reimbursed cannot exceed total" : null;
    }

    private static String members(Member[] members) {
        if (members == null || members.length == 0) {
            return "missing field: payload.members";
        }
        if (members.length > 50) {
            return "invalid payload.members: " + members.length + " members";
        }
        Set<String> seen = new HashSet<>();
        for (Member m : members) {
            if (m == null) {
                return "invalid payload.members: null member";
            }
            String problem = firstOf(person("members[].personId", m.personId), oneOf("members[].relation", m.relation, RELATIONS), birthDate(m));
            if (problem != null) {
                return problem;
            }
            if (!seen.add(m.personId)) {
                return "invalid payload.members: " + PersonIds.mask(m.personId) + " listed twice";
            }
        }
        return null;
    }

    private static String birthDate(Member m) {
        if (m.birthDate == null) {
            return "missing field: payload.members[].birthDate";
        }
        try {
            LocalDate date = LocalDate.parse(m.birthDate);
            return date.getYear() < 1890 || date.isAfter(LocalDate.now().plusDays(1))
                    ? "invalid payload.members[].birthDate: " + m.birthDate : null;
        } catch (DateTimeParseException e) {
            return "invalid payload.members[].birthDate: " + m.birthDate;
        }
    }
}
