package gx.doudi.indicator;

import gx.doudi.event.Households;
import gx.doudi.household.Household;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** Evaluates the enabled indicators of a set for one household at one moment. */
public final class IndicatorEvaluator {
    /** @param findings indicator id → finding, or null where the condition does not hold */
    public record Result(Map<String, Finding> findings) {}

    private IndicatorEvaluator() {}

    /** Evaluates the enabled indicators that {@code which} accepts. */
    public static Result evaluate(Household household, IndicatorSet set, long now, Predicate<IndicatorSet.Enabled> which) {
        CityStandard standard = household.region() == null ? null
                : set.standards().inForce(Households.cityOf(household.region()), now);
        // sized for every enabled indicator: the default 16 buckets would grow once a round with 18
        Map<String, Finding> findings = new LinkedHashMap<>(set.enabled().size() * 4 / 3 + 1);
        for (IndicatorSet.Enabled e : set.enabled()) {
            IndicatorDefinition d = e.definition();
            if (which.test(e)) {
                findings.put(d.id(), e.indicator().evaluate(household, d, standard, now));
            }
        }
        return new Result(findings);
    }

    /** The earliest time after {@code now} when any enabled indicator's result may change with no new event. */
    public static long nextChange(Household household, IndicatorSet set, long now) {
        long next = Long.MAX_VALUE;
        for (IndicatorSet.Enabled e : set.enabled()) {
            next = Math.min(next, e.indicator().nextChange(household, e.definition(), now));
        }
        return next;
    }
}
