package gx.doudi.indicator;

import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import java.util.Set;

/**
 * category-mismatch, §(十七) supervision: a dibao household whose pc monthly income is above the dibao
 * std ("dibaoAbove") or at least multiplier × std ("dibaoFar"); a marginal household at or above
 * multiplier × std ("marginalAbove").
 */
public final class CategoryMismatch implements Indicator {
    public String id() { return "category-mismatch"; }
    public Set<String> thresholds() { return Set.of(); }
    public Set<String> windows() { return Set.of(); }
    public Set<String> grades() { return Set.of("dibaoAbove", "dibaoFar", "marginalAbove"); }
    public Set<Fact> reads() { return Set.of(Fact.PROFILE, Fact.STANDARD); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        Double pc = h.pcMonthlyIncome();
        if (pc == null || s == null) {
            return null;
        }
        double std = s.dibao(h.residence());
        double line = s.marginalMultiplier() * std;
        Grade grade = null;
        String category = null;
        if (h.inCategory("dibao") && pc > std) {
            grade = pc >= line ? d.grade("dibaoFar") : d.grade("dibaoAbove");
            category = "dibao";
        } else if (h.inCategory("marginal") && pc >= line) {
            grade = d.grade("marginalAbove");
            category = "marginal";
        }
        return grade == null ? null : Finding.of(d, grade,
                Evidence.of("pcMonthlyIncome", pc, "dibaoStandard", std, "marginalLine", line), h.everyone(),
                "a " + category + " household's income no longer matches its category");
    }
}
