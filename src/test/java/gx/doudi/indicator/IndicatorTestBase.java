package gx.doudi.indicator;

import gx.doudi.event.Households;
import gx.doudi.household.Household;
import gx.doudi.household.HouseholdFixture;

/**
 * One indicator judged with the real default set of {@code warning-indicators/}: its definition, and the
 * household's city standard in force at the moment of judgement.
 */
abstract class IndicatorTestBase {
    static final IndicatorSet DEFAULT_SET = DefaultIndicatorSet.SET;

    private final Indicator indicator;

    IndicatorTestBase(String id) {
        this.indicator = Indicators.byId(id);
    }

    IndicatorDefinition definition() {
        return DEFAULT_SET.definition(indicator.id());
    }

    /** The finding at {@link HouseholdFixture#NOW}, or null when the condition does not hold. */
    Finding evaluate(HouseholdFixture h) {
        return evaluate(h, HouseholdFixture.NOW);
    }

    Finding evaluate(HouseholdFixture h, long now) {
        Household household = h.household();
        CityStandard standard = household.region() == null ? null
                : DEFAULT_SET.standards().inForce(Households.cityOf(household.region()), now);
        return indicator.evaluate(household, definition(), standard, now);
    }

    /** The grade found at {@link HouseholdFixture#NOW}, or null when the condition does not hold. */
    Grade gradeOf(HouseholdFixture h) {
        Finding f = evaluate(h);
        return f == null ? null : f.grade();
    }

    long nextChange(HouseholdFixture h) {
        return indicator.nextChange(h.household(), definition(), HouseholdFixture.NOW);
    }
}
