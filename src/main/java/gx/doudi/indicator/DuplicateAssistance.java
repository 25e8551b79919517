package gx.doudi.indicator;

import gx.doudi.household.Fact;
import gx.doudi.household.GrantRecord;
import gx.doudi.household.Household;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * duplicate-assistance, §(五)4 "nobody helped twice for the same need": the same assistance (grant type
 * and kind) given twice to the same person, or to the household when the grant is household-level,
 * within the "between" window; the alert stands for the "shown" window after the second grant.
 */
public final class DuplicateAssistance implements Indicator {
    public String id() { return "duplicate-assistance"; }
    public Set<String> thresholds() { return Set.of(); }
    public Set<String> windows() { return Set.of("between", "shown"); }
    public Set<String> grades() { return Set.of("duplicate"); }
    public Set<Fact> reads() { return Set.of(Fact.GRANTS); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        List<GrantRecord> second = duplicates(h, d);
        second.removeIf(g -> !Household.inWindow(g.at, now, d.windowMillis("shown")));
        if (second.isEmpty()) {
            return null;
        }
        List<String> subjects = new ArrayList<>();
        for (GrantRecord g : second) {
            if (g.personId != null && !subjects.contains(g.personId)) {
                subjects.add(g.personId);
            }
        }
        GrantRecord g = second.get(second.size() - 1);
        return Finding.of(d, d.grade("duplicate"), Evidence.of("duplicateGrants", second.size(), "amount", g.amount),
                subjects.isEmpty() ? h.everyone() : subjects,
                "the same assistance (" + g.type + (g.kind == null ? "" : " " + g.kind) + ") was granted twice");
    }

    public long nextChange(Household h, IndicatorDefinition d, long now) {
        long next = Long.MAX_VALUE;
        for (GrantRecord g : duplicates(h, d)) {
            long ends = g.at + d.windowMillis("shown");
            if (ends > now) {
                next = Math.min(next, ends);
            }
        }
        return next;
    }

    /** Every grant that repeats an earlier same grant within the "between" window. */
    private static List<GrantRecord> duplicates(Household h, IndicatorDefinition d) {
        List<GrantRecord> out = new ArrayList<>();
        List<GrantRecord> grants = h.state().grants;
        for (int i = 0; i < grants.size(); i++) {
            GrantRecord later = grants.get(i);
            for (int j = 0; j < grants.size(); j++) {
                GrantRecord earlier = grants.get(j);
                if (i != j && same(earlier, later) && earlier.at <= later.at && (earlier.at < later.at || j < i)
                        && later.at - earlier.at <= d.windowMillis("between")) {
                    out.add(later);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean same(GrantRecord a, GrantRecord b) {
        return a.type.equals(b.type) && Objects.equals(a.kind, b.kind) && Objects.equals(a.personId, b.personId);
    }
}
