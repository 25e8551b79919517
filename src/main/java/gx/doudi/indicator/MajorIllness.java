package gx.doudi.indicator;

import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import gx.doudi.household.Illness;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * major-illness: a member diagnosed major or critical within the window, in a low-income household or one
 * with pc monthly income &lt; multiplier × dibao std. Grades "major" and "critical".
 */
public final class MajorIllness implements Indicator {
    public String id() { return "major-illness"; }
    public Set<String> thresholds() { return Set.of(); }
    public Set<String> windows() { return Set.of("diagnosis"); }
    public Set<String> grades() { return Set.of("major", "critical"); }
    public Set<Fact> reads() { return Set.of(Fact.PROFILE, Fact.STANDARD, Fact.ILLNESS); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        if (!h.isLowIncome() && !belowMarginalLine(h, s)) {
            return null;
        }
        long window = d.windowMillis("diagnosis");
        Grade grade = null;
        List<String> subjects = new ArrayList<>();
        for (Illness i : h.state().illnesses) {
            if (!Household.inWindow(i.at, now, window) || !d.grades().containsKey(i.severity)) {
                continue;
            }
            grade = Grade.max(grade, d.grade(i.severity));
            if (i.personId != null && !subjects.contains(i.personId)) {
                subjects.add(i.personId);
            }
        }
        if (grade == null) {
            return null;
        }
        return Finding.of(d, grade, Evidence.of("pcMonthlyIncome", h.pcMonthlyIncome(), "patients", subjects.size()),
                subjects.isEmpty() ? h.everyone() : subjects, "a member has a major or critical illness");
    }

    public long nextChange(Household h, IndicatorDefinition d, long now) {
        long next = Long.MAX_VALUE;
        for (Illness i : h.state().illnesses) {
            long ends = i.at + d.windowMillis("diagnosis");
            if (ends > now) {
                next = Math.min(next, ends);
            }
        }
        return next;
    }

    static boolean belowMarginalLine(Household h, CityStandard s) {
        Double pc = h.pcMonthlyIncome();
        return pc != null && s != null && pc < s.marginalMultiplier() * s.dibao(h.residence());
    }
}
