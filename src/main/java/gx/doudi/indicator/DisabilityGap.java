package gx.doudi.indicator;

import gx.doudi.event.EventTypes;
import gx.doudi.household.Disability;
import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * disability-gap, §(十四): a member of a low-income household certified disabled at least "noSubsidy"
 * ago with no disability subsidy granted since; certified grade ≤ severeGrade: "severe", else "other".
 */
public final class DisabilityGap implements Indicator {
    public String id() { return "disability-gap"; }
    public Set<String> thresholds() { return Set.of("severeGrade"); }
    public Set<String> windows() { return Set.of("noSubsidy"); }
    public Set<String> grades() { return Set.of("severe", "other"); }
    public Set<Fact> reads() { return Set.of(Fact.PROFILE, Fact.DISABILITY, Fact.GRANTS); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        if (!h.isLowIncome()) {
            return null;
        }
        Grade grade = null;
        List<String> subjects = new ArrayList<>();
        for (Disability dis : h.state().disabilities) {
            if (now - dis.at >= d.windowMillis("noSubsidy")
                    && !h.grantedSince(EventTypes.DISABILITY_SUBSIDY_GRANTED, null, dis.personId, dis.at)) {
                grade = Grade.max(grade, dis.grade <= d.threshold("severeGrade") ? d.grade("severe") : d.grade("other"));
                subjects.add(dis.personId);
            }
        }
        return grade == null ? null : Finding.of(d, grade, Evidence.of("members", subjects.size()), subjects,
                "a disabled member of a low-income household has no disability subsidy");
    }

    public long nextChange(Household h, IndicatorDefinition d, long now) {
        long next = Long.MAX_VALUE;
        for (Disability dis : h.state().disabilities) {
            long due = dis.at + d.windowMillis("noSubsidy");
            if (due > now) {
                next = Math.min(next, due);
            }
        }
        return next;
    }
}
