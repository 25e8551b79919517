package gx.doudi.indicator;

import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import gx.doudi.household.OpenAlert;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * compound-risk, §(五)5: at least "types" distinct types among the household's other open alerts
 * (types in {@code notCounted} aside) call a case conference (一事一议). Its types are their union.
 */
public final class CompoundRisk implements Indicator {
    public String id() { return "compound-risk"; }
    public Set<String> thresholds() { return Set.of("types"); }
    public Set<String> windows() { return Set.of(); }
    public Set<String> grades() { return Set.of("compound"); }
    public Set<String> lists() { return Set.of("notCounted"); }
    public Set<Fact> reads() { return Set.of(Fact.ALERTS); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        List<String> types = new ArrayList<>();
        List<String> alerts = new ArrayList<>();
        for (OpenAlert a : h.state().openAlerts) {
            if (id().equals(a.indicator)) {
                continue;
            }
            for (String t : a.types) {
                if (!d.list("notCounted").contains(t) && !types.contains(t)) {
                    types.add(t);
                }
            }
            alerts.add(a.indicator);
        }
        if (types.size() < d.threshold("types")) {
            return null;
        }
        types.sort(null);
        return new Finding(d.grade("compound"), types, d.action(), d.referTo(),
                Evidence.of("riskTypes", types.size(), "openAlerts", alerts.size()), h.everyone(),
                "compound risk (" + String.join(", ", types) + "): a case conference is called");
    }
}
