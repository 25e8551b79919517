package gx.doudi.indicator;

import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import java.util.Set;

/** below-dibao: pc monthly income &lt; dibao std, household not dibao or destitute. */
public final class BelowDibao implements Indicator {
    public String id() { return "below-dibao"; }
    public Set<String> thresholds() { return Set.of(); }
    public Set<String> windows() { return Set.of(); }
    public Set<String> grades() { return Set.of("below"); }
    public Set<Fact> reads() { return Set.of(Fact.PROFILE, Fact.STANDARD); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        Double pc = h.pcMonthlyIncome();
        if (pc == null || s == null || h.inCategory("dibao") || h.inCategory("destitute")) {
            return null;
        }
        double std = s.dibao(h.residence());
        if (pc >= std) {
            return null;
        }
        return Finding.of(d, d.grade("below"),
                Evidence.of("pcMonthlyIncome", pc, "dibaoStandard", std, "annualIncome", h.annualIncome(),
                        "members", h.memberCount()),
                h.everyone(), "per-capita monthly income below the " + h.residence() + " dibao standard");
    }
}
