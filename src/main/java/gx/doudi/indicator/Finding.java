package gx.doudi.indicator;

import java.util.List;
import java.util.Map;

/**
 * What an indicator found in a household: the grade and what should be done about it.
 *
 * @param evidence the figures that crossed the thresholds, by name
 * @param subjects full personal ids of the persons concerned (masked later where the contract says so)
 * @param reason one readable sentence for the monitoring centre
 * @param region where it happened, when that is not the household's own region (§(十三) urgent
 *     assistance is applied for where the hardship occurs); null otherwise
 */
public record Finding(Grade grade, List<String> types, String action, List<String> referTo,
                      Map<String, Double> evidence, List<String> subjects, String reason, String region) {

    public Finding(Grade grade, List<String> types, String action, List<String> referTo,
                   Map<String, Double> evidence, List<String> subjects, String reason) {
        this(grade, types, action, referTo, evidence, subjects, reason, null);
    }

    public Finding at(String where) {
        return new Finding(grade, types, action, referTo, evidence, subjects, reason, where);
    }

    /** A finding that takes its action, types and referral targets from the definition. */
    public static Finding of(IndicatorDefinition d, Grade grade, Map<String, Double> evidence,
                             List<String> subjects, String reason) {
        return new Finding(grade, d.types(), d.action(), d.referTo(), evidence, subjects, reason);
    }
}
