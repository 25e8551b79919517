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
 * rigid-expense: §(一) pc annual income &lt; last year's disposable income (residence) AND (out-of-pocket over 12
 * months ≥ annual income, OR (income − out-of-pocket) / members / 12 &lt; multiplier × dibao std); household not
 * already dibao, destitute or rigid-expense.
 */
class RigidExpenseTest extends IndicatorTestBase {
    RigidExpenseTest() {
        super("rigid-expense");
    }

    /** A rural household of 3 in 南宁 (2025: disposable income 20,369 a year, marginal line 1,200 a month). */
    private static HouseholdFixture rural3(double annualIncome, double outOfPocket) {
        return HouseholdFixture.rural(3).income(annualIncome).expense(daysAgo(100), outOfPocket, false);
    }

    // 60,000 a year is 20,000 each, under 20,369; what is left must fall under 1,200 × 3 × 12 = 43,200
    @ParameterizedTest(name = "income 60,000, out-of-pocket {0}: {1}")
    @CsvSource({"16799.99, ", "16800, ", "16800.01, ORANGE"})
    void whatIsLeftAfterExpensesAgainstTheMarginalLine(double outOfPocket, Grade expected) {
        assertThat(gradeOf(rural3(60_000, outOfPocket))).isEqualTo(expected);
    }

    // 20,369 × 3 = 61,107: a pc annual income at the disposable income is not under it
    @ParameterizedTest(name = "income {0}, out-of-pocket 30,000: {1}")
    @CsvSource({"61106.97, ORANGE", "61107, ", "61107.03, "})
    void pcAnnualIncomeMustBeUnderLastYearsDisposableIncome(double annualIncome, Grade expected) {
        assertThat(gradeOf(rural3(annualIncome, 30_000))).isEqualTo(expected);
    }

    @Test
    void urbanHouseholdsUseTheUrbanFigures() {
        // disposable 44,469; line 1,900 × 3 × 12 = 68,400; income 132,000 leaves 68,400 after 63,600
        assertThat(gradeOf(HouseholdFixture.urban(3).income(132_000).expense(daysAgo(10), 63_600, false))).isNull();
        assertThat(gradeOf(HouseholdFixture.urban(3).income(132_000).expense(daysAgo(10), 63_600.01, false)))
                .isEqualTo(Grade.ORANGE);
    }

    @Test
    void expensesThatEatTheWholeIncome() {
        Finding f = evaluate(rural3(12_000, 12_000));

        assertThat(f.grade()).isEqualTo(Grade.ORANGE);
        assertAsks(f, "identify", List.of("basic-living", "medical"), List.of("civil-affairs"));
        assertThat(f.evidence()).containsOnly(entry("pcAnnualIncome", 4_000.0), entry("disposableIncome", 20_369.0),
                entry("outOfPocket12m", 12_000.0), entry("annualIncome", 12_000.0),
                entry("pcMonthlyAfterExpenses", 0.0), entry("marginalLine", 1_200.0));
    }

    @Test
    void expensesInTheWindowAddUp() {
        HouseholdFixture h = rural3(60_000, 8_400).expense(daysAgo(200), 8_400.01, true);

        assertThat(evaluate(h).evidence()).containsEntry("outOfPocket12m", 16_800.01);
    }

    @Test
    void withNoMedicalExpensesThisIsTheMarginalIncomeTestNotThisOne() {
        // 1,000 a month each is under the marginal line, but there is no rigid expense (minOutOfPocket 0)
        assertThat(gradeOf(HouseholdFixture.rural(3).income(36_000))).isNull();
    }

    @Test
    void anExpenseExactly365DaysOldHasLeftTheWindow() {
        assertThat(gradeOf(HouseholdFixture.rural(3).income(60_000).expense(daysAgo(365), 30_000, false))).isNull();
        assertThat(gradeOf(HouseholdFixture.rural(3).income(60_000).expense(daysAgo(365) + 1, 30_000, false)))
                .isEqualTo(Grade.ORANGE);
        assertThat(gradeOf(HouseholdFixture.rural(3).income(60_000).expense(daysAgo(364), 30_000, false)))
                .isEqualTo(Grade.ORANGE);
    }

    @Test
    void nextChangeIsWhenTheOldestExpenseInTheWindowLeavesIt() {
        HouseholdFixture h = rural3(60_000, 20_000).expense(daysAgo(300), 100, false);

        assertThat(nextChange(h)).isEqualTo(NOW + 65 * DAY);
    }

    @ParameterizedTest(name = "household in {0}: no alert")
    @CsvSource({"dibao", "destitute", "rigid-expense"})
    void householdAlreadyIdentifiedIsNotAlerted(String category) {
        assertThat(gradeOf(rural3(60_000, 30_000).category(category))).isNull();
    }

    @Test
    void aMarginalHouseholdWithRigidExpensesIsAlerted() {
        assertThat(gradeOf(rural3(60_000, 30_000).category("marginal"))).isEqualTo(Grade.ORANGE);
    }

    @Test
    void noAssessedIncomeNoAlert() {
        assertThat(gradeOf(HouseholdFixture.rural(3).expense(daysAgo(10), 30_000, false))).isNull();
    }
}
