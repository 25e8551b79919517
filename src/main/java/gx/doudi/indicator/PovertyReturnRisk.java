package gx.doudi.indicator;

import gx.doudi.household.DisasterReport;
import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import gx.doudi.household.Illness;
import gx.doudi.household.Incident;
import gx.doudi.household.IncomeDecline;
import gx.doudi.household.UnemploymentSpell;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * poverty-return-risk: §(十二) a rural household not in poverty-return monitoring, with pc monthly income
 * &lt; multiplier × dibao std, and within the "trigger" window one of: rural income fell by ≥ incomeDrop,
 * a major or critical illness, house damage severe or worse, the main earner died or became unemployed.
 * Income is the assessed income, else agriculture's current rural income.
 */
public final class PovertyReturnRisk implements Indicator {
    public String id() { return "poverty-return-risk"; }
    public Set<String> thresholds() { return Set.of("incomeDrop"); }
    public Set<String> windows() { return Set.of("trigger"); }
    public Set<String> grades() { return Set.of("risk"); }
    public Set<Fact> reads() { return Set.of(Fact.PROFILE, Fact.STANDARD, Fact.INCOME_DECLINE, Fact.ILLNESS, Fact.DISASTER, Fact.INCIDENTS,
                Fact.UNEMPLOYMENT); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        if (!h.isRural() || h.inCategory("poverty-return") || s == null) {
            return null;
        }
        IncomeDecline decline = h.state().incomeDecline;
        Double income = h.annualIncome();
        if (income == null && decline != null) {
            income = decline.currentAnnual;
        }
        if (income == null) {
            return null;
        }
        double pc = income / h.memberCount() / 12.0;
        double line = s.marginalMultiplier() * s.dibao(h.residence());
        if (pc >= line) {
            return null;
        }
        long window = d.windowMillis("trigger");
        List<String> triggers = new ArrayList<>();
        if (decline != null && Household.inWindow(decline.at, now, window) && decline.previousAnnual > 0
                && (decline.previousAnnual - decline.currentAnnual) / decline.previousAnnual >= d.threshold("incomeDrop")) {
            triggers.add("rural income fell");
        }
        for (Illness i : h.state().illnesses) {
            if (Household.inWindow(i.at, now, window) && ("major".equals(i.severity) || "critical".equals(i.severity))) {
                triggers.add("major illness");
                break;
            }
        }
        DisasterReport r = h.state().disaster;
        if (r != null && Household.inWindow(r.at, now, window)
                && ("severe".equals(r.houseDamage) || "collapsed".equals(r.houseDamage))) {
            triggers.add("house damage");
        }
        for (Incident i : h.state().incidents) {
            if ("earner-died".equals(i.kind) && Household.inWindow(i.at, now, window)) {
                triggers.add("main earner died");
                break;
            }
        }
        for (UnemploymentSpell spell : h.state().unemployment) {
            if (h.isMainEarner(spell.personId) && Household.inWindow(spell.since, now, window)) {
                triggers.add("main earner unemployed");
                break;
            }
        }
        if (triggers.isEmpty()) {
            return null;
        }
        return Finding.of(d, d.grade("risk"), Evidence.of("pcMonthlyIncome", pc, "marginalLine", line,
                        "triggers", triggers.size()),
                h.everyone(), "at risk of returning to poverty: " + String.join(", ", triggers));
    }

    public long nextChange(Household h, IndicatorDefinition d, long now) {
        long window = d.windowMillis("trigger");
        long next = Long.MAX_VALUE;
        List<Long> times = new ArrayList<>();
        if (h.state().incomeDecline != null) {
            times.add(h.state().incomeDecline.at);
        }
        if (h.state().disaster != null) {
            times.add(h.state().disaster.at);
        }
        h.state().illnesses.forEach(i -> times.add(i.at));
        h.state().incidents.forEach(i -> times.add(i.at));
        h.state().unemployment.forEach(u -> times.add(u.since));
        for (long at : times) {
            if (at + window > now) {
                next = Math.min(next, at + window);
            }
        }
        return next;
    }
}
