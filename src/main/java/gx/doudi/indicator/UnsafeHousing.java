package gx.doudi.indicator;

import gx.doudi.event.EventTypes;
import gx.doudi.household.Fact;
import gx.doudi.household.Household;
import gx.doudi.household.HousingAssessment;
import java.util.Set;

/**
 * unsafe-housing: §(十一) a low-income household whose only house is in one of {@code unsafeConditions},
 * or stands where seismic intensity ≥ {@code seismicIntensity} and is not compliant, with no housing
 * assistance granted since the assessment.
 */
public final class UnsafeHousing implements Indicator {
    public String id() { return "unsafe-housing"; }
    public Set<String> thresholds() { return Set.of("seismicIntensity"); }
    public Set<String> windows() { return Set.of(); }
    public Set<String> grades() { return Set.of("unsafe"); }
    public Set<String> lists() { return Set.of("unsafeConditions"); }
    public Set<Fact> reads() { return Set.of(Fact.PROFILE, Fact.HOUSING, Fact.GRANTS); }

    public Finding evaluate(Household h, IndicatorDefinition d, CityStandard s, long now) {
        HousingAssessment a = h.state().housing;
        if (a == null || !a.onlyHouse || !h.isLowIncome() || a.at > now) {
            return null;
        }
        boolean unsafe = d.list("unsafeConditions").contains(a.condition);
        boolean seismic = a.seismicIntensity >= d.threshold("seismicIntensity") && !a.seismicCompliant;
        if (!unsafe && !seismic || h.grantedSince(EventTypes.HOUSING_ASSISTANCE_GRANTED, null, null, a.at)) {
            return null;
        }
        return Finding.of(d, d.grade("unsafe"), Evidence.of("seismicIntensity", a.seismicIntensity),
                h.everyone(), unsafe ? "the only house is " + a.condition : "the only house is not seismically compliant");
    }
}
