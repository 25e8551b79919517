package gx.doudi.indicator;

import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import java.util.Set;

/** marginal-income: §(一) dibao std ≤ pc monthly income &lt; multiplier × std, in no low-income category. */
public final class MarginalIncome implements Indicator {
    public String id() { return "marginal-income"; }
    public Set<String> thresholds() { return Set.of(); }
    public Set<String> windows() { return Set.of(); }
    public Set<String> grades() { return Set.of("marginal"); }
    public Set<Fact> reads() { return Set.of(Fact.PROFILE, Fact.STANDARD); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        Double pc = h.pcMonthlyIncome();
        if (pc == null || s == null || h.isLowIncome()) {
            return null;
        }
        double std = s.dibao(h.residence());
        double line = s.marginalMultiplier() * std;
        if (pc < std || pc >= line) {
            return null;
        }
        return Finding.of(d, d.grade("marginal"),
                Evidence.of("pcMonthlyIncome", pc, "dibaoStandard", std, "marginalLine", line,
                        "members", h.memberCount()),
                h.everyone(), "per-capita monthly income between the dibao standard and the marginal line");
    }
}
