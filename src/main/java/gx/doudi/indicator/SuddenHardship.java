package gx.doudi.indicator;

import gx.doudi.event.EventTypes;
import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import gx.doudi.household.Incident;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * sudden-hardship: §(十三) an accident with a death or injury, the main earner's death, or a house collapse,
 * within the "incident" window and with no temporary assistance granted since. Also for persons no
 * household lists: no household-registration restriction.
 */
public final class SuddenHardship implements Indicator {
    public String id() { return "sudden-hardship"; }
    public Set<String> thresholds() { return Set.of(); }
    public Set<String> windows() { return Set.of("incident"); }
    public Set<String> grades() { return Set.of("incident"); }
    public Set<Fact> reads() { return Set.of(Fact.INCIDENTS, Fact.GRANTS); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        long window = d.windowMillis("incident");
        List<String> kinds = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        String where = null;
        for (Incident i : h.state().incidents) {
            if (!Household.inWindow(i.at, now, window)
                    || h.grantedSince(EventTypes.TEMPORARY_ASSISTANCE_GRANTED, null, null, i.at)) {
                continue;
            }
            where = i.region != null ? i.region : where;
            if (!kinds.contains(i.kind)) {
                kinds.add(i.kind);
            }
            if (i.personId != null && !subjects.contains(i.personId)) {
                subjects.add(i.personId);
            }
        }
        if (kinds.isEmpty()) {
            return null;
        }
        return Finding.of(d, d.grade("incident"), Evidence.of("incidents", kinds.size()),
                subjects.isEmpty() ? h.everyone() : subjects, "sudden hardship: " + String.join(", ", kinds)).at(where);
    }

    public long nextChange(Household h, IndicatorDefinition d, long now) {
        long next = Long.MAX_VALUE;
        for (Incident i : h.state().incidents) {
            long ends = i.at + d.windowMillis("incident");
            if (ends > now) {
                next = Math.min(next, ends);
            }
        }
        return next;
    }
}
