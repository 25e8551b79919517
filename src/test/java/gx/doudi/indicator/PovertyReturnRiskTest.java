package gx.doudi.indicator;

import static gx.doudi.household.HouseholdFixture.CHILD;
import static gx.doudi.household.HouseholdFixture.DAY;
import static gx.doudi.household.HouseholdFixture.MAIN_EARNER;
import static gx.doudi.household.HouseholdFixture.NOW;
import static gx.doudi.household.HouseholdFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import gx.doudi.household.HouseholdFixture;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * poverty-return-risk: §(十二) a rural household not in poverty-return monitoring, with pc monthly income &lt;
 * multiplier × dibao std, and within 365 days one of: rural income fell ≥ 30 %, a major or critical illness,
 * house damage severe or worse, the main earner died or became unemployed.
 */
class PovertyReturnRiskTest extends IndicatorTestBase {
    PovertyReturnRiskTest() {
        super("poverty-return-risk");
    }

    /** Rural household of 3 in 南宁 with 20,000 a year: 555.56 a month each, under the 1,200 marginal line. */
    private static HouseholdFixture ruralHousehold() {
        return HouseholdFixture.rural(3).income(20_000);
    }

    @ParameterizedTest(name = "rural income 10,000 → {0}: {1}")
    @CsvSource({"7010, ", "7000, ORANGE", "6990, ORANGE"})
    void ruralIncomeFellByThirtyPercent(double currentAnnual, Grade expected) {
        assertThat(gradeOf(ruralHousehold().incomeDeclined(10_000, currentAnnual, daysAgo(10)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"major, ORANGE", "critical, ORANGE", "chronic, "})
    void aMajorOrCriticalIllness(String severity, Grade expected) {
        assertThat(gradeOf(ruralHousehold().illness(CHILD, severity, daysAgo(10)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "house damage {0}: {1}")
    @CsvSource({"minor, ", "severe, ORANGE", "collapsed, ORANGE"})
    void houseDamageSevereOrWorse(String damage, Grade expected) {
        assertThat(gradeOf(ruralHousehold().disaster(damage, 5_000, daysAgo(10)))).isEqualTo(expected);
    }

    @Test
    void theMainEarnerDied() {
        assertThat(gradeOf(ruralHousehold().died(MAIN_EARNER, daysAgo(10)))).isEqualTo(Grade.ORANGE);
        assertThat(gradeOf(ruralHousehold().died(CHILD, daysAgo(10)))).isNull();
    }

    @Test
    void theMainEarnerBecameUnemployed() {
        assertThat(gradeOf(ruralHousehold().unemployed(MAIN_EARNER, true, daysAgo(10)))).isEqualTo(Grade.ORANGE);
        assertThat(gradeOf(ruralHousehold().unemployed(CHILD, false, daysAgo(10)))).isNull();
    }

    @Test
    void noTriggerNoAlert() {
        assertThat(gradeOf(ruralHousehold())).isNull();
    }

    @Test
    void alertAsksAgricultureToMonitorWithTheTriggers() {
        Finding f = evaluate(ruralHousehold().illness(CHILD, "major", daysAgo(10)).disaster("severe", 0, daysAgo(5)));

        assertThat(f.grade()).isEqualTo(Grade.ORANGE);
        assertAsks(f, "poverty-return-monitoring", List.of("poverty-return"), List.of("agriculture"));
        assertThat(f.evidence()).containsOnly(entry("pcMonthlyIncome", 555.56), entry("marginalLine", 1_200.0),
                entry("triggers", 2.0));
        assertThat(f.reason()).contains("major illness", "house damage");
    }

    // 1,200 × 3 × 12 = 43,200 a year
    @ParameterizedTest(name = "{0} a year: {1}")
    @CsvSource({"43199.64, ORANGE", "43200, ", "43200.36, "})
    void onlyUnderTheMarginalLine(double annualIncome, Grade expected) {
        HouseholdFixture h = HouseholdFixture.rural(3).income(annualIncome).illness(CHILD, "major", daysAgo(10));

        assertThat(gradeOf(h)).isEqualTo(expected);
    }

    @Test
    void ruralHouseholdsOnly() {
        assertThat(gradeOf(HouseholdFixture.urban(3).income(20_000).illness(CHILD, "major", daysAgo(10)))).isNull();
    }

    @Test
    void aHouseholdAlreadyInPovertyReturnMonitoringIsNotAlerted() {
        assertThat(gradeOf(ruralHousehold().povertyReturn().illness(CHILD, "major", daysAgo(10)))).isNull();
    }

    @Test
    void withNoAssessedIncomeAgriculturesCurrentRuralIncomeIsUsed() {
        // 40,000 for 3 is 1,111.11 a month: under the line; 50,000 is 1,388.89: over it
        assertThat(evaluate(HouseholdFixture.rural(3).incomeDeclined(60_000, 40_000, daysAgo(10))).evidence())
                .containsEntry("pcMonthlyIncome", 1_111.11);
        assertThat(evaluate(HouseholdFixture.rural(3).incomeDeclined(80_000, 50_000, daysAgo(10)))).isNull();
    }

    @ParameterizedTest(name = "trigger {0} days old: {1}")
    @CsvSource({"365, ", "364, ORANGE"})
    void aTriggerExactly365DaysOldHasLeftTheWindow(int days, Grade expected) {
        for (UnaryOperator<HouseholdFixture> trigger : triggersAt(daysAgo(days))) {
            assertThat(gradeOf(trigger.apply(ruralHousehold()))).isEqualTo(expected);
        }
    }

    @Test
    void nextChangeIsWhenTheFirstTriggerLeavesTheWindow() {
        HouseholdFixture h = ruralHousehold().illness(CHILD, "major", daysAgo(10)).disaster("severe", 0, daysAgo(300));

        assertThat(nextChange(h)).isEqualTo(NOW + 65 * DAY);
    }

    private static List<UnaryOperator<HouseholdFixture>> triggersAt(long at) {
        return List.of(
                h -> h.incomeDeclined(10_000, 5_000, at),
                h -> h.illness(CHILD, "critical", at),
                h -> h.disaster("collapsed", 0, at),
                h -> h.died(MAIN_EARNER, at),
                h -> h.unemployed(MAIN_EARNER, false, at));
    }
}
