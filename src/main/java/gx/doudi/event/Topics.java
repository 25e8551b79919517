package gx.doudi.event;

import java.util.List;

/** Kafka topic names of contract §2. */
public final class Topics {
    public static final String EVENTS_PREFIX = "doudi.events.";
    public static final String REFERRALS_PREFIX = "doudi.referrals.";
    public static final String ALERTS = "doudi.alerts";
    public static final String CHAINS = "doudi.chains";
    public static final String REJECTED = "doudi.rejected";
    public static final String INDICATORS = "doudi.indicators";

    private Topics() {}

    public static String events(String department) {
        return EVENTS_PREFIX + department;
    }

    public static String referrals(String department) {
        return REFERRALS_PREFIX + department;
    }

    public static List<String> allEvents() {
        return Departments.ALL.stream().map(Topics::events).toList();
    }

    public static List<String> allReferrals() {
        return Departments.ALL.stream().map(Topics::referrals).toList();
    }

    /** The department whose events topic this is, or null. */
    public static String departmentOfEventsTopic(String topic) {
        if (topic == null || !topic.startsWith(EVENTS_PREFIX)) {
            return null;
        }
        String department = topic.substring(EVENTS_PREFIX.length());
        return Departments.isKnown(department) ? department : null;
    }
}
