package gx.doudi.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import gx.doudi.household.HouseholdFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** marginal-income: §(一) dibao std ≤ pc monthly income &lt; multiplier × std, household in no low-income category. */
class MarginalIncomeTest extends IndicatorTestBase {
    MarginalIncomeTest() {
        super("marginal-income");
    }

    // 南宁 2025 rural: std 600, line 2 × 600 = 1200; for 3 members a year: 21,600 and 43,200
    @ParameterizedTest(name = "rural household of 3, {0} a year: {1}")
    @CsvSource({"21599.64, ", "21600, YELLOW", "21600.36, YELLOW", "43199.64, YELLOW", "43200, ", "43200.36, "})
    void ruralBetweenTheStandardAndTwiceIt(double annualIncome, Grade expected) {
        assertThat(gradeOf(HouseholdFixture.rural(3).income(annualIncome))).isEqualTo(expected);
    }

    // urban: std 950, line 1900; for 3 members a year: 34,200 and 68,400
    @ParameterizedTest(name = "urban household of 3, {0} a year: {1}")
    @CsvSource({"34199.64, ", "34200, YELLOW", "68399.64, YELLOW", "68400, "})
    void urbanBetweenTheStandardAndTwiceIt(double annualIncome, Grade expected) {
        assertThat(gradeOf(HouseholdFixture.urban(3).income(annualIncome))).isEqualTo(expected);
    }

    @Test
    void alertAsksCivilAffairsToIdentifyWithTheLines() {
        Finding f = evaluate(HouseholdFixture.rural(3).income(36_000));

        assertThat(f.grade()).isEqualTo(Grade.YELLOW);
        assertAsks(f, "identify", List.of("basic-living"), List.of("civil-affairs"));
        assertThat(f.evidence()).containsOnly(entry("pcMonthlyIncome", 1000.0), entry("dibaoStandard", 600.0),
                entry("marginalLine", 1200.0), entry("members", 3.0));
    }

    @ParameterizedTest(name = "household in {0}: no alert")
    @CsvSource({"dibao", "destitute", "marginal", "rigid-expense"})
    void householdInALowIncomeCategoryIsNotAlerted(String category) {
        assertThat(gradeOf(HouseholdFixture.rural(3).income(36_000).category(category))).isNull();
    }

    @Test
    void householdInPovertyReturnMonitoringIsNotAlerted() {
        assertThat(gradeOf(HouseholdFixture.rural(3).income(36_000).povertyReturn())).isNull();
    }

    @Test
    void categoryOtherIsNotLowIncome() {
        assertThat(gradeOf(HouseholdFixture.rural(3).income(36_000).category("other"))).isEqualTo(Grade.YELLOW);
    }

    @Test
    void leavingTheCategoryMakesTheHouseholdEligibleAgain() {
        HouseholdFixture h = HouseholdFixture.rural(3).income(36_000).category("marginal").category("none");

        assertThat(gradeOf(h)).isEqualTo(Grade.YELLOW);
    }
}
