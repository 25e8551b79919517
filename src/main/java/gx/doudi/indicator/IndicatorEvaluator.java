package gx.doudi.indicator;

import gx.doudi.event.Households;
import gx.doudi.household.Household;
import java.util.LinkedHashMap;
import java.util.Map;

/** Evaluates every enabled indicator of a set for one household at one moment. */
public final class IndicatorEvaluator {
    /**
     * @param findings indicator id → finding, or null where the condition does not hold
     * @param nextChange the earliest time a result may change with no new event
     */
    public record Result(Map<String, Finding> findings, long nextChange) {}

    private IndicatorEvaluator() {}

    public static Result evaluate(Household household, IndicatorSet set, long now) {
        CityStandard standard = household.region() == null ? null
                : set.standards().inForce(Households.cityOf(household.region()), now);
        Map<String, Finding> findings = new LinkedHashMap<>();
        long next = Long.MAX_VALUE;
        for (IndicatorDefinition d : set.definitions()) {
            Indicator indicator = Indicators.byId(d.id());
            if (!d.enabled() || indicator == null) {
                continue;
            }
            findings.put(d.id(), indicator.evaluate(household, d, standard, now));
            next = Math.min(next, indicator.nextChange(household, d, now));
        }
        return new Result(findings, next);
    }
}
