package gx.doudi.console;

import gx.doudi.event.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Engine output records as the contract gives them (§5–7), for tests to put on the topics. */
final class Records {
    private Records() {}

    static String alert(String alertId, String household, String region, String indicator, String grade,
                        List<String> types, String status, List<String> referTo) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("alertId", alertId);
        a.put("householdId", household);
        a.put("region", region);
        a.put("indicator", indicator);
        a.put("indicatorVersion", 1);
        a.put("grade", grade);
        a.put("types", types);
        a.put("action", referTo.isEmpty() ? "identify" : "refer");
        a.put("referTo", referTo);
        a.put("status", status);
        a.put("evidence", Map.of("ratio", 1.2));
        a.put("subjects", List.of("4501**********0014"));
        a.put("eventTime", "2025-03-02T10:00:00+08:00");
        a.put("emittedAt", "2025-03-02T10:00:00.412+08:00");
        a.put("causedBy", List.of("ms-1"));
        return Json.write(a);
    }

    static String referral(String alertId, String department, String household, String region, String grade,
                           String subject, String dueBy) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("referralId", alertId + "/" + department);
        r.put("alertId", alertId);
        r.put("department", department);
        r.put("householdId", household);
        r.put("region", region);
        r.put("indicator", "medical-burden");
        r.put("grade", grade);
        r.put("types", List.of("medical"));
        r.put("action", "refer");
        r.put("subjects", List.of(subject));
        r.put("evidence", Map.of("outOfPocket12m", 48000));
        r.put("referredAt", "2025-03-02T10:00:00+08:00");
        r.put("dueBy", dueBy);
        r.put("status", "open");
        return Json.write(r);
    }

    /** A chain with an alert and its referral, and the answer when {@code outcome} is given. */
    static String chain(String alertId, String department, String household, String region, String outcome) {
        String referralId = alertId + "/" + department;
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(Map.of("at", "2025-03-02T10:00:00+08:00", "entry", "alert", "alertId", alertId,
                "indicator", "medical-burden", "grade", "red", "status", "raised", "types", List.of("medical"), "action", "refer"));
        entries.add(Map.of("at", "2025-03-02T10:00:00+08:00", "entry", "referral", "referralId", referralId,
                "alertId", alertId, "department", department, "grade", "red", "dueBy", "2025-03-05T10:00:00+08:00"));
        if (outcome != null) {
            entries.add(Map.of("at", "2025-03-03T09:00:00+08:00", "entry", "answer", "referralId", referralId,
                    "department", department, "outcome", outcome, "late", false, "eventId", "ms-answer-1"));
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("householdId", household);
        c.put("region", region);
        c.put("residence", "urban");
        c.put("members", 3);
        c.put("categories", List.of("dibao"));
        c.put("annualIncome", 30000.0);
        c.put("updatedAt", "2025-03-03T09:00:00+08:00");
        c.put("openReferrals", outcome != null ? List.of() : List.of(Map.of("referralId", referralId, "alertId", alertId,
                "department", department, "grade", "red", "dueBy", "2025-03-05T10:00:00+08:00", "status", "open")));
        c.put("entries", entries);
        return Json.write(c);
    }
}
