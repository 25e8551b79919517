package gx.doudi.event;

/** Household keys. A person no household lists is monitored as a household of one: "person:" + id. */
public final class Households {
    public static final String PERSON_PREFIX = "person:";

    private Households() {}

    public static String ofPerson(String personId) {
        return PERSON_PREFIX + personId;
    }

    public static boolean isHouseholdOfOne(String householdId) {
        return householdId != null && householdId.startsWith(PERSON_PREFIX);
    }

    /** 450102 → 450100, the prefecture-level city of a county code. */
    public static String cityOf(String region) {
        return region == null || region.length() != 6 ? null : region.substring(0, 4) + "00";
    }
}
