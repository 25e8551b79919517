package gx.doudi.alert;

import gx.doudi.indicator.Grade;
import java.util.List;
import java.util.Map;

/**
 * An alert record on {@code doudi.alerts} (contract §5). Built already masked: the householdId of a
 * household of one and every subject keep only their first and last four characters.
 *
 * @param reason one readable sentence (an addition to the contract)
 */
public record Alert(
        String alertId,
        String householdId,
        String region,
        String indicator,
        int indicatorVersion,
        Grade grade,
        List<String> types,
        String action,
        List<String> referTo,
        String status,
        Map<String, Double> evidence,
        List<String> subjects,
        String eventTime,
        String emittedAt,
        List<String> causedBy,
        String reason) {

    public static final String RAISED = "raised";
    public static final String ESCALATED = "escalated";
    public static final String RESOLVED = "resolved";
}
