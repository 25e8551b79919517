package gx.doudi.indicator;

import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import gx.doudi.household.MedicalExpense;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * medical-burden: out-of-pocket over the window / annual income ≥ yellowRatio, orangeRatio, redRatio;
 * or one inpatient settlement with out-of-pocket ≥ inpatientOutOfPocket: at least the "inpatient" grade.
 * Refers also to {@code referToWhenNotLowIncome} when the household is in no low-income category.
 */
public final class MedicalBurden implements Indicator {
    public String id() { return "medical-burden"; }
    public Set<String> thresholds() { return Set.of("yellowRatio", "orangeRatio", "redRatio", "inpatientOutOfPocket"); }
    public Set<String> windows() { return Set.of("expenses"); }
    public Set<String> grades() { return Set.of("yellowRatio", "orangeRatio", "redRatio", "inpatient"); }
    public Set<String> lists() { return Set.of("referToWhenNotLowIncome"); }
    public Set<Fact> reads() { return Set.of(Fact.PROFILE, Fact.MEDICAL); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        long window = d.windowMillis("expenses");
        double outOfPocket = h.outOfPocket(now, window);
        if (outOfPocket <= 0) {
            return null;
        }
        Double income = h.annualIncome();
        Double ratio = income == null ? null : income <= 0 ? Double.POSITIVE_INFINITY : outOfPocket / income;
        Grade grade = null;
        if (ratio != null) {
            for (String level : List.of("yellowRatio", "orangeRatio", "redRatio")) {
                if (ratio >= d.threshold(level)) {
                    grade = Grade.max(grade, d.grade(level));
                }
            }
        }
        double largestInpatient = 0;
        for (MedicalExpense e : h.state().medical) {
            if (e.inpatient && Household.inWindow(e.at, now, window)) {
                largestInpatient = Math.max(largestInpatient, e.outOfPocket);
            }
        }
        if (largestInpatient >= d.threshold("inpatientOutOfPocket")) {
            grade = Grade.max(grade, d.grade("inpatient"));
        }
        if (grade == null) {
            return null;
        }
        List<String> referTo = new ArrayList<>(d.referTo());
        if (!h.isLowIncome()) {
            for (String department : d.list("referToWhenNotLowIncome")) {
                if (!referTo.contains(department)) {
                    referTo.add(department);
                }
            }
        }
        Double shownRatio = ratio == null || ratio.isInfinite() ? null : ratio;
        return new Finding(grade, d.types(), d.action(), referTo,
                Evidence.of("outOfPocket12m", outOfPocket, "annualIncome", income, "ratio", shownRatio,
                        "largestInpatientOutOfPocket", largestInpatient > 0 ? largestInpatient : null),
                h.everyone(), "medical out-of-pocket spending is a heavy burden on household income");
    }

    public long nextChange(Household h, IndicatorDefinition d, long now) {
        return nextExpiry(h, d.windowMillis("expenses"), now);
    }

    /** When the oldest settlement still in the window leaves it. */
    static long nextExpiry(Household h, long window, long now) {
        long next = Long.MAX_VALUE;
        for (MedicalExpense e : h.state().medical) {
            long leaves = e.at + window;
            if (leaves > now && leaves < next) {
                next = leaves;
            }
        }
        return next;
    }
}
