package gx.doudi.indicator;

import static gx.doudi.event.EventTypes.HOUSING_ASSISTANCE_GRANTED;
import static gx.doudi.household.HouseholdFixture.NOW;
import static gx.doudi.household.HouseholdFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import gx.doudi.household.HouseholdFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * unsafe-housing: §(十一) a low-income household whose only house is dilapidated-c, dilapidated-d or none, or
 * stands where seismic intensity ≥ 7 and is not compliant, with no housing assistance granted since.
 */
class UnsafeHousingTest extends IndicatorTestBase {
    UnsafeHousingTest() {
        super("unsafe-housing");
    }

    private static HouseholdFixture dibaoHousehold() {
        return HouseholdFixture.rural(3).income(15_000).category("dibao");
    }

    @ParameterizedTest(name = "only house {0}: {1}")
    @CsvSource({"safe, ", "dilapidated-c, ORANGE", "dilapidated-d, ORANGE", "none, ORANGE"})
    void anUnsafeOnlyHouse(String condition, Grade expected) {
        assertThat(gradeOf(dibaoHousehold().housing(condition, true, 6, false, daysAgo(10)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "safe only house, seismic intensity {0}, compliant {1}: {2}")
    @CsvSource({"6, false, ", "7, false, ORANGE", "8, false, ORANGE", "7, true, ", "8, true, "})
    void aNonCompliantHouseWhereTheSeismicIntensityIsSevenOrMore(int intensity, boolean compliant, Grade expected) {
        assertThat(gradeOf(dibaoHousehold().housing("safe", true, intensity, compliant, daysAgo(10)))).isEqualTo(expected);
    }

    @Test
    void alertRefersToHousing() {
        Finding f = evaluate(dibaoHousehold().housing("safe", true, 8, false, daysAgo(10)));

        assertAsks(f, "refer", List.of("housing"), List.of("housing"));
        assertThat(f.evidence()).containsOnly(entry("seismicIntensity", 8.0));
        assertThat(f.reason()).contains("seismically");
    }

    @ParameterizedTest(name = "not the only house, {0}, intensity {1}: no alert")
    @CsvSource({"dilapidated-d, 6", "safe, 8"})
    void aHouseholdWithAnotherHouseIsNotAlerted(String condition, int intensity) {
        assertThat(gradeOf(dibaoHousehold().housing(condition, false, intensity, false, daysAgo(10)))).isNull();
    }

    @Test
    void aHouseholdInNoLowIncomeCategoryIsNotAlerted() {
        assertThat(gradeOf(HouseholdFixture.rural(3).income(15_000).housing("dilapidated-d", true, 8, false, daysAgo(10))))
                .isNull();
    }

    @Test
    void housingAssistanceGrantedSinceTheAssessmentClearsIt() {
        HouseholdFixture h = dibaoHousehold().housing("dilapidated-d", true, 6, false, daysAgo(100))
                .granted(HOUSING_ASSISTANCE_GRANTED, "renovation", daysAgo(20));

        assertThat(evaluate(h)).isNull();
    }

    @Test
    void housingAssistanceGrantedBeforeTheAssessmentDoesNotClearIt() {
        HouseholdFixture h = dibaoHousehold().granted(HOUSING_ASSISTANCE_GRANTED, "rent-subsidy", daysAgo(120))
                .housing("dilapidated-d", true, 6, false, daysAgo(100));

        assertThat(gradeOf(h)).isEqualTo(Grade.ORANGE);
    }

    @Test
    void aNewSafeAssessmentClearsIt() {
        HouseholdFixture h = dibaoHousehold().housing("dilapidated-d", true, 6, false, daysAgo(100))
                .housing("safe", true, 6, false, daysAgo(5));

        assertThat(evaluate(h)).isNull();
    }

    @Test
    void anAssessmentAfterNowIsNotJudgedYet() {
        assertThat(evaluate(dibaoHousehold().housing("dilapidated-d", true, 6, false, NOW + 1))).isNull();
    }
}
