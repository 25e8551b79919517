package gx.doudi.indicator;

import static gx.doudi.household.HouseholdFixture.DAY;
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
 * medical-burden: out-of-pocket over 12 months / annual income ≥ 0.3 yellow, ≥ 0.6 orange, ≥ 1.0 red; one inpatient
 * settlement with out-of-pocket ≥ 10,000 yuan: at least yellow. Refers to medical security, and to civil affairs
 * when the household is in no low-income category.
 */
class MedicalBurdenTest extends IndicatorTestBase {
    MedicalBurdenTest() {
        super("medical-burden");
    }

    private static HouseholdFixture outpatient(double annualIncome, double outOfPocket) {
        return HouseholdFixture.urban(3).income(annualIncome).expense(daysAgo(100), outOfPocket, false);
    }

    private static HouseholdFixture inpatient(double annualIncome, double outOfPocket) {
        return HouseholdFixture.urban(3).income(annualIncome).expense(daysAgo(100), outOfPocket, true);
    }

    // on an income of 100,000 a ratio of 0.2999 is 29,990 out of pocket
    @ParameterizedTest(name = "{0} out of pocket on 100,000: {1}")
    @CsvSource({
        "29990, ", "30000, YELLOW", "30010, YELLOW",
        "59990, YELLOW", "60000, ORANGE", "60010, ORANGE",
        "99990, ORANGE", "100000, RED", "100010, RED", "250000, RED"})
    void gradeByTheShareOfIncomeSpentOutOfPocket(double outOfPocket, Grade expected) {
        assertThat(gradeOf(outpatient(100_000, outOfPocket))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "one inpatient settlement of {0}: {1}")
    @CsvSource({"9999.99, ", "10000, YELLOW", "10000.01, YELLOW"})
    void oneLargeInpatientSettlementIsAtLeastYellow(double outOfPocket, Grade expected) {
        // an income of 1,000,000 keeps the ratio far under 0.3
        assertThat(gradeOf(inpatient(1_000_000, outOfPocket))).isEqualTo(expected);
    }

    @Test
    void anOutpatientSettlementOf10000IsNotTheInpatientRule() {
        assertThat(gradeOf(outpatient(1_000_000, 10_000))).isNull();
    }

    @Test
    void theInpatientRuleDoesNotLowerTheRatiosGrade() {
        // 12,000 of 20,000 is a ratio of 0.6: orange, above the inpatient rule's yellow
        assertThat(gradeOf(inpatient(20_000, 12_000))).isEqualTo(Grade.ORANGE);
    }

    @Test
    void theInpatientRuleHoldsWithNoAssessedIncome() {
        HouseholdFixture h = HouseholdFixture.urban(3).expense(daysAgo(5), 10_000, true);

        Finding f = evaluate(h);

        assertThat(f.grade()).isEqualTo(Grade.YELLOW);
        assertThat(f.evidence()).containsOnly(entry("outOfPocket12m", 10_000.0), entry("largestInpatientOutOfPocket", 10_000.0));
        assertThat(gradeOf(HouseholdFixture.urban(3).expense(daysAgo(5), 50_000, false))).isNull();
    }

    @Test
    void outOfPocketSpendingWithNoIncomeIsRed() {
        Finding f = evaluate(outpatient(0, 500));

        assertThat(f.grade()).isEqualTo(Grade.RED);
        assertThat(f.evidence()).doesNotContainKey("ratio");
    }

    @Test
    void alertRefersToMedicalSecurityAndCivilAffairsWithTheRatio() {
        // the contract's example: 48,000 out of pocket on an income of 30,000
        Finding f = evaluate(outpatient(30_000, 48_000));

        assertThat(f.grade()).isEqualTo(Grade.RED);
        assertAsks(f, "refer", List.of("medical"), List.of("medical-security", "civil-affairs"));
        assertThat(f.evidence()).containsOnly(entry("outOfPocket12m", 48_000.0), entry("annualIncome", 30_000.0),
                entry("ratio", 1.6));
    }

    @ParameterizedTest(name = "household in {0}: medical security only")
    @CsvSource({"dibao", "marginal", "rigid-expense"})
    void lowIncomeHouseholdIsReferredToMedicalSecurityOnly(String category) {
        Finding f = evaluate(outpatient(30_000, 48_000).category(category));

        assertThat(f.referTo()).containsExactly("medical-security");
    }

    @Test
    void expensesOverTwelveMonthsAddUp() {
        HouseholdFixture h = outpatient(100_000, 20_000).expense(daysAgo(300), 10_000, false);

        assertThat(evaluate(h).evidence()).containsEntry("outOfPocket12m", 30_000.0).containsEntry("ratio", 0.3);
    }

    @Test
    void anExpenseExactly365DaysOldHasLeftTheWindow() {
        HouseholdFixture old = HouseholdFixture.urban(3).income(100_000).expense(daysAgo(365), 40_000, true);
        HouseholdFixture dayYounger = HouseholdFixture.urban(3).income(100_000).expense(daysAgo(364), 40_000, true);

        assertThat(evaluate(old)).isNull();
        assertThat(gradeOf(dayYounger)).isEqualTo(Grade.YELLOW);
    }

    @Test
    void anExpenseAfterNowIsNotCountedYet() {
        assertThat(gradeOf(HouseholdFixture.urban(3).income(100_000).expense(NOW + 1, 40_000, false))).isNull();
    }

    @Test
    void nextChangeIsWhenTheOldestExpenseInTheWindowLeavesIt() {
        HouseholdFixture h = outpatient(100_000, 40_000).expense(daysAgo(200), 1_000, false);

        assertThat(nextChange(h)).isEqualTo(NOW + 165 * DAY);
        assertThat(nextChange(HouseholdFixture.urban(3))).isEqualTo(Long.MAX_VALUE);
    }
}
