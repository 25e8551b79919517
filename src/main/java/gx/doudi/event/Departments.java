package gx.doudi.event;

import java.util.List;

/** The ten departments of contract §1: each is an event source and a referral channel. */
public final class Departments {
    public static final String CIVIL_AFFAIRS = "civil-affairs";
    public static final String EDUCATION = "education";
    public static final String HUMAN_RESOURCES = "human-resources";
    public static final String HOUSING = "housing";
    public static final String AGRICULTURE = "agriculture";
    public static final String HEALTH = "health";
    public static final String EMERGENCY = "emergency";
    public static final String MEDICAL_SECURITY = "medical-security";
    public static final String TRADE_UNION = "trade-union";
    public static final String DISABILITY = "disability";

    public static final List<String> ALL = List.of(
            CIVIL_AFFAIRS, EDUCATION, HUMAN_RESOURCES, HOUSING, AGRICULTURE,
            HEALTH, EMERGENCY, MEDICAL_SECURITY, TRADE_UNION, DISABILITY);

    private Departments() {}

    public static boolean isKnown(String department) {
        return department != null && ALL.contains(department);
    }
}
