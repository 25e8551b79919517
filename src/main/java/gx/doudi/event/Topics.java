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
    /** The running job's acknowledgements of published indicator sets (an addition to the contract). */
    public static final String INDICATORS_STATUS = "doudi.indicators.status";
    /** The key of the one record that matters on the compacted doudi.indicators. */
    public static final String CURRENT = "current";

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
