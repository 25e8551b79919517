package gx.doudi.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The latest version of one referral (contract §6) from a department's channel: the full ids of the
 * persons concerned, for that department alone.
 */
record ReferralRow(String referralId, String alertId, String department, String householdId, String region,
                   String indicator, String grade, List<String> types, String action, List<String> subjects,
                   String evidence, String referredAt, String dueBy, String status) {

    static final String WITHDRAWN = "withdrawn";

    /**
     * The row for a referral record, or null when the record is not one. A withdrawal (the alert resolved
     * before an answer) comes without the persons: the row keeps those of the referral it withdraws.
     */
    static ReferralRow of(JsonNode r, ReferralRow previous) {
        String id = r.path("referralId").asText(null);
        String department = r.path("department").asText(null);
        if (id == null || department == null || !Labels.DEPARTMENTS.containsKey(department)) {
            return null;
        }
        List<String> types = new ArrayList<>();
        r.path("types").forEach(t -> types.add(t.asText()));
        List<String> subjects = new ArrayList<>();
        r.path("subjects").forEach(t -> subjects.add(t.asText()));
        if (subjects.isEmpty() && previous != null) {
            subjects.addAll(previous.subjects());
        }
        return new ReferralRow(id, r.path("alertId").asText(""), department, r.path("householdId").asText(""),
                r.path("region").asText(""), r.path("indicator").asText(""), r.path("grade").asText(""),
                List.copyOf(types), r.path("action").asText(""), List.copyOf(subjects),
                r.has("evidence") ? r.get("evidence").toString() : null,
                r.path("referredAt").asText(null), r.path("dueBy").asText(null), r.path("status").asText("open"));
    }
}
