package gx.doudi.event;

import java.util.LinkedHashMap;
import java.util.Map;

/** Event types of contract §4 and the department that sends each. */
public final class EventTypes {
    public static final String ANY_SOURCE = "*";

    public static final String HOUSEHOLD_REGISTERED = "household.registered";
    public static final String INCOME_ASSESSED = "household.income.assessed";
    public static final String CATEGORY_CHANGED = "category.changed";
    public static final String MEMBER_DIED = "member.died";
    public static final String TEMPORARY_ASSISTANCE_GRANTED = "temporary-assistance.granted";
    public static final String UNEMPLOYMENT_REGISTERED = "unemployment.registered";
    public static final String UNEMPLOYMENT_ENDED = "unemployment.ended";
    public static final String EMPLOYMENT_ASSISTANCE_GRANTED = "employment-assistance.granted";
    public static final String ILLNESS_DIAGNOSED = "illness.diagnosed";
    public static final String MEDICAL_EXPENSE_SETTLED = "medical.expense.settled";
    public static final String INSURANCE_SUBSIDY_GRANTED = "insurance-subsidy.granted";
    public static final String MEDICAL_ASSISTANCE_GRANTED = "medical-assistance.granted";
    public static final String STUDENT_ENROLLED = "student.enrolled";
    public static final String STUDENT_LEFT = "student.left";
    public static final String STUDENT_AID_GRANTED = "student-aid.granted";
    public static final String HOUSING_ASSESSED = "housing.assessed";
    public static final String HOUSING_ASSISTANCE_GRANTED = "housing-assistance.granted";
    public static final String DISASTER_DAMAGE_REPORTED = "disaster.damage.reported";
    public static final String ACCIDENT_REPORTED = "accident.reported";
    public static final String DISASTER_RELIEF_GRANTED = "disaster-relief.granted";
    public static final String POVERTY_RETURN_INCLUDED = "poverty-return.included";
    public static final String POVERTY_RETURN_REMOVED = "poverty-return.removed";
    public static final String RURAL_INCOME_DECLINED = "rural-income.declined";
    public static final String WORKER_HARDSHIP_REGISTERED = "worker-hardship.registered";
    public static final String DISABILITY_CERTIFIED = "disability.certified";
    public static final String DISABILITY_SUBSIDY_GRANTED = "disability-subsidy.granted";
    public static final String ASSISTANCE_RESULT = "assistance.result";

    private static final Map<String, String> SOURCE = new LinkedHashMap<>();

    static {
        for (String t : new String[] {HOUSEHOLD_REGISTERED, INCOME_ASSESSED, CATEGORY_CHANGED, MEMBER_DIED,
                TEMPORARY_ASSISTANCE_GRANTED}) {
            SOURCE.put(t, Departments.CIVIL_AFFAIRS);
        }
        for (String t : new String[] {UNEMPLOYMENT_REGISTERED, UNEMPLOYMENT_ENDED, EMPLOYMENT_ASSISTANCE_GRANTED}) {
            SOURCE.put(t, Departments.HUMAN_RESOURCES);
        }
        SOURCE.put(ILLNESS_DIAGNOSED, Departments.HEALTH);
        for (String t : new String[] {MEDICAL_EXPENSE_SETTLED, INSURANCE_SUBSIDY_GRANTED, MEDICAL_ASSISTANCE_GRANTED}) {
            SOURCE.put(t, Departments.MEDICAL_SECURITY);
        }
        for (String t : new String[] {STUDENT_ENROLLED, STUDENT_LEFT, STUDENT_AID_GRANTED}) {
            SOURCE.put(t, Departments.EDUCATION);
        }
        SOURCE.put(HOUSING_ASSESSED, Departments.HOUSING);
        SOURCE.put(HOUSING_ASSISTANCE_GRANTED, Departments.HOUSING);
        for (String t : new String[] {DISASTER_DAMAGE_REPORTED, ACCIDENT_REPORTED, DISASTER_RELIEF_GRANTED}) {
            SOURCE.put(t, Departments.EMERGENCY);
        }
        for (String t : new String[] {POVERTY_RETURN_INCLUDED, POVERTY_RETURN_REMOVED, RURAL_INCOME_DECLINED}) {
            SOURCE.put(t, Departments.AGRICULTURE);
        }
        SOURCE.put(WORKER_HARDSHIP_REGISTERED, Departments.TRADE_UNION);
        SOURCE.put(DISABILITY_CERTIFIED, Departments.DISABILITY);
        SOURCE.put(DISABILITY_SUBSIDY_GRANTED, Departments.DISABILITY);
        SOURCE.put(ASSISTANCE_RESULT, ANY_SOURCE);
    }

    private EventTypes() {}

    /** The department that sends this type, {@link #ANY_SOURCE}, or null for an unknown type. */
    public static String sourceOf(String type) {
        return SOURCE.get(type);
    }

    public static Iterable<String> all() {
        return SOURCE.keySet();
    }

    /** Grants: "*.granted" events, recorded on the household. */
    public static boolean isGrant(String type) {
        return type.endsWith(".granted");
    }
}
