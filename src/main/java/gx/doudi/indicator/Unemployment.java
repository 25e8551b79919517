package gx.doudi.indicator;

import gx.doudi.event.EventTypes;
import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import gx.doudi.household.UnemploymentSpell;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * unemployment: a member registered unemployed and not insured, in a low-income household: "uninsured";
 * the member is the main earner: "mainEarner"; still unemployed after the "longTerm" window with no
 * employment assistance granted since registration: one grade up.
 */
public final class Unemployment implements Indicator {
    public String id() { return "unemployment"; }
    public Set<String> thresholds() { return Set.of(); }
    public Set<String> windows() { return Set.of("longTerm"); }
    public Set<String> grades() { return Set.of("uninsured", "mainEarner"); }
    public Set<Fact> reads() { return Set.of(Fact.PROFILE, Fact.UNEMPLOYMENT, Fact.GRANTS); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        if (!h.isLowIncome()) {
            return null;
        }
        long longTerm = d.windowMillis("longTerm");
        Grade grade = null;
        List<String> subjects = new ArrayList<>();
        double longestDays = 0;
        for (UnemploymentSpell spell : h.state().unemployment) {
            if (spell.insured || spell.since > now) {
                continue;
            }
            Grade g = h.isMainEarner(spell.personId) ? d.grade("mainEarner") : d.grade("uninsured");
            if (now - spell.since >= longTerm
                    && !h.grantedSince(EventTypes.EMPLOYMENT_ASSISTANCE_GRANTED, null, spell.personId, spell.since)) {
                g = g.up();
            }
            grade = Grade.max(grade, g);
            longestDays = Math.max(longestDays, (now - spell.since) / 86_400_000.0);
            if (spell.personId != null) {
                subjects.add(spell.personId);
            }
        }
        if (grade == null) {
            return null;
        }
        return Finding.of(d, grade, Evidence.of("unemployedMembers", subjects.size(), "longestSpellDays", Math.floor(longestDays)),
                subjects.isEmpty() ? h.everyone() : subjects, "an uninsured member of a low-income household is unemployed");
    }

    public long nextChange(Household h, IndicatorDefinition d, long now) {
        long next = Long.MAX_VALUE;
        for (UnemploymentSpell spell : h.state().unemployment) {
            long longTermAt = spell.since + d.windowMillis("longTerm");
            if (!spell.insured && longTermAt > now) {
                next = Math.min(next, longTermAt);
            }
        }
        return next;
    }
}
