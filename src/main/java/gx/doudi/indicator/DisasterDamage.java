package gx.doudi.indicator;

import gx.doudi.event.EventTypes;
import gx.doudi.household.DisasterReport;
import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * disaster-damage, from the latest report within the window with no disaster relief granted since:
 * house collapsed: "collapsed"; severe: "severe"; loss ≥ lossToIncome × annual income: "lossOverIncome";
 * any damage to a low-income household: at least "lowIncomeDamage". A collapse calls for
 * {@code collapsedAction}; severe damage or worse adds {@code severeTypes} and {@code severeReferTo}.
 */
public final class DisasterDamage implements Indicator {
    public String id() { return "disaster-damage"; }
    public Set<String> thresholds() { return Set.of("lossToIncome"); }
    public Set<String> windows() { return Set.of("report"); }
    public Set<String> grades() { return Set.of("collapsed", "severe", "lossOverIncome", "lowIncomeDamage"); }
    public Set<String> lists() { return Set.of("collapsedAction", "severeTypes", "severeReferTo"); }
    public Set<Fact> reads() { return Set.of(Fact.PROFILE, Fact.DISASTER, Fact.GRANTS); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        DisasterReport r = h.state().disaster;
        if (r == null || !Household.inWindow(r.at, now, d.windowMillis("report"))
                || h.grantedSince(EventTypes.DISASTER_RELIEF_GRANTED, null, null, r.at)) {
            return null;
        }
        boolean collapsed = "collapsed".equals(r.houseDamage);
        boolean severe = collapsed || "severe".equals(r.houseDamage);
        boolean damaged = severe || "minor".equals(r.houseDamage) || r.loss > 0;
        Grade grade = null;
        if (collapsed) {
            grade = d.grade("collapsed");
        } else if (severe) {
            grade = d.grade("severe");
        }
        Double income = h.annualIncome();
        if (income != null && r.loss > 0 && r.loss >= d.threshold("lossToIncome") * income) {
            grade = Grade.max(grade, d.grade("lossOverIncome"));
        }
        if (damaged && h.isLowIncome()) {
            grade = Grade.max(grade, d.grade("lowIncomeDamage"));
        }
        if (grade == null) {
            return null;
        }
        List<String> types = new ArrayList<>(d.types());
        List<String> referTo = new ArrayList<>(d.referTo());
        if (severe) {
            addAll(types, d.list("severeTypes"));
            addAll(referTo, d.list("severeReferTo"));
        }
        String action = collapsed ? d.list("collapsedAction").get(0) : d.action();
        return new Finding(grade, types, action, referTo,
                Evidence.of("loss", r.loss, "annualIncome", income, "injured", r.injured, "died", r.died),
                h.everyone(), r.disaster + " damage to the house: " + r.houseDamage);
    }

    public long nextChange(Household h, IndicatorDefinition d, long now) {
        DisasterReport r = h.state().disaster;
        long ends = r == null ? Long.MAX_VALUE : r.at + d.windowMillis("report");
        return ends > now ? ends : Long.MAX_VALUE;
    }

    static void addAll(List<String> to, List<String> more) {
        for (String s : more) {
            if (!to.contains(s)) {
                to.add(s);
            }
        }
    }
}
