package gx.doudi.indicator;

import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import java.util.Set;

/**
 * rigid-expense: §(一) pc annual income &lt; last year's disposable income, AND (out-of-pocket over the
 * window ≥ annual income, OR (income − out-of-pocket) / members / 12 &lt; multiplier × dibao std);
 * household not already dibao, destitute or rigid-expense. Out-of-pocket must exceed
 * {@code minOutOfPocket}: without rigid expenses this is the marginal-income test, not this one.
 */
public final class RigidExpense implements Indicator {
    public String id() { return "rigid-expense"; }
    public Set<String> thresholds() { return Set.of("minOutOfPocket"); }
    public Set<String> windows() { return Set.of("expenses"); }
    public Set<String> grades() { return Set.of("rigid"); }
    public Set<Fact> reads() { return Set.of(Fact.PROFILE, Fact.STANDARD, Fact.MEDICAL); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        Double income = h.annualIncome();
        if (income == null || s == null
                || h.inCategory("dibao") || h.inCategory("destitute") || h.inCategory("rigid-expense")) {
            return null;
        }
        double outOfPocket = h.outOfPocket(now, d.windowMillis("expenses"));
        if (outOfPocket <= d.threshold("minOutOfPocket")) {
            return null;
        }
        int members = h.memberCount();
        double pcAnnual = income / members;
        double disposable = s.disposableIncome(h.residence());
        if (pcAnnual >= disposable) {
            return null;
        }
        double pcAfterExpenses = (income - outOfPocket) / members / 12.0;
        double line = s.marginalMultiplier() * s.dibao(h.residence());
        if (outOfPocket < income && pcAfterExpenses >= line) {
            return null;
        }
        return Finding.of(d, d.grade("rigid"),
                Evidence.of("pcAnnualIncome", pcAnnual, "disposableIncome", disposable, "outOfPocket12m", outOfPocket,
                        "annualIncome", income, "pcMonthlyAfterExpenses", pcAfterExpenses, "marginalLine", line),
                h.everyone(), "rigid medical expenses leave the household below the marginal line");
    }

    public long nextChange(Household h, IndicatorDefinition d, long now) {
        return MedicalBurden.nextExpiry(h, d.windowMillis("expenses"), now);
    }
}
