package gx.doudi.indicator;

import gx.doudi.household.Fact;
import gx.doudi.household.HardshipRegistration;
import gx.doudi.household.Household;
import java.util.Set;

/** worker-hardship: a trade-union registration within the window, in a household in no low-income category. */
public final class WorkerHardship implements Indicator {
    public String id() { return "worker-hardship"; }
    public Set<String> thresholds() { return Set.of(); }
    public Set<String> windows() { return Set.of("registration"); }
    public Set<String> grades() { return Set.of("hardship", "deep-hardship"); }
    public Set<Fact> reads() { return Set.of(Fact.PROFILE, Fact.HARDSHIP); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        HardshipRegistration r = h.state().hardship;
        if (r == null || h.isLowIncome() || !Household.inWindow(r.at, now, d.windowMillis("registration"))) {
            return null;
        }
        return Finding.of(d, d.grade(r.level), Evidence.of("pcMonthlyIncome", h.pcMonthlyIncome()),
                h.everyone(), "trade union registered the worker as in " + r.level);
    }

    public long nextChange(Household h, IndicatorDefinition d, long now) {
        HardshipRegistration r = h.state().hardship;
        long ends = r == null ? Long.MAX_VALUE : r.at + d.windowMillis("registration");
        return ends > now ? ends : Long.MAX_VALUE;
    }
}
