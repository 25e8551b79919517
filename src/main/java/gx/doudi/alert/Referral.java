package gx.doudi.alert;

import gx.doudi.indicator.Grade;
import java.util.List;
import java.util.Map;

/**
 * A referral on {@code doudi.referrals.<department>} (contract §6): the full ids of the persons
 * concerned, for that department alone. An escalation re-sends it under the same referralId with the
 * new grade and dueBy.
 */
public record Referral(
        String referralId,
        String alertId,
        String department,
        String householdId,
        String region,
        String indicator,
        Grade grade,
        List<String> types,
        String action,
        List<String> subjects,
        Map<String, Double> evidence,
        String referredAt,
        String dueBy,
        String status) {

    public static String idOf(String alertId, String department) {
        return alertId + "/" + department;
    }
}
