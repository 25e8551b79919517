package gx.doudi.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The latest state of one alert (contract §5) as the console holds it: one row per alertId, whatever
 * records (raised, escalated, resolved) it came in. Kept small, since the console holds many.
 *
 * @param raisedAt event time of the first record seen for this alert
 * @param evidence the evidence object as JSON text
 * @param seq      the order of the latest change: higher is newer
 */
record AlertRow(String alertId, String householdId, String region, String indicator, String grade,
                List<String> types, String action, List<String> referTo, String status, String eventTime,
                String raisedAt, String reason, List<String> subjects, String evidence, long seq) {

    /** The row for an alert record, or null when the record is not an alert. */
    static AlertRow of(JsonNode a, AlertRow previous, long seq) {
        String alertId = a.path("alertId").asText(null);
        String grade = a.path("grade").asText(null);
        if (alertId == null || grade == null || !Labels.GRADES.containsKey(grade)) {
            return null;
        }
        String eventTime = a.path("eventTime").asText(null);
        return new AlertRow(alertId, a.path("householdId").asText(""), a.path("region").asText(""),
                a.path("indicator").asText(""), grade, texts(a.path("types")), a.path("action").asText(""),
                texts(a.path("referTo")), a.path("status").asText("raised"), eventTime,
                previous != null && previous.raisedAt() != null ? previous.raisedAt() : eventTime,
                a.path("reason").asText(null), texts(a.path("subjects")),
                a.has("evidence") ? a.get("evidence").toString() : null, seq);
    }

    boolean open() {
        return !"resolved".equals(status);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>(array.size());
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return List.copyOf(out);
    }
}
