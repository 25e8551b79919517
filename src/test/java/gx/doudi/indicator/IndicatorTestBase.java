package gx.doudi.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import gx.doudi.event.Households;
import gx.doudi.household.Household;
import gx.doudi.household.HouseholdFixture;
import java.util.List;

/**
 * One indicator judged with the real default set of {@code warning-indicators/}: its definition, and the
 * household's city standard in force at the moment of judgement.
 */
abstract class IndicatorTestBase {
    private final Indicator indicator;

    IndicatorTestBase(String id) {
        this.indicator = Indicators.byId(id);
    }

    IndicatorDefinition definition() {
        return DefaultIndicatorSet.SET.definition(indicator.id());
    }

    /** The finding at {@link HouseholdFixture#NOW}, or null when the condition does not hold. */
    Finding evaluate(HouseholdFixture h) {
        return evaluate(h, HouseholdFixture.NOW);
    }

    Finding evaluate(HouseholdFixture h, long now) {
        Household household = h.household();
        CityStandard standard = household.region() == null ? null
                : DefaultIndicatorSet.SET.standards().inForce(Households.cityOf(household.region()), now);
        return indicator.evaluate(household, definition(), standard, now);
    }

    /** The grade found at {@link HouseholdFixture#NOW}, or null when the condition does not hold. */
    Grade gradeOf(HouseholdFixture h) {
        Finding f = evaluate(h);
        return f == null ? null : f.grade();
    }

    /** What the alert asks for: the action, the types of need and the departments it refers to. */
    static void assertAsks(Finding f, String action, List<String> types, List<String> referTo) {
        assertThat(f.action()).as("action").isEqualTo(action);
        assertThat(f.types()).as("types").containsExactlyElementsOf(types);
        assertThat(f.referTo()).as("referTo").containsExactlyElementsOf(referTo);
    }

    long nextChange(HouseholdFixture h) {
        return indicator.nextChange(h.household(), definition(), HouseholdFixture.NOW);
    }
}
